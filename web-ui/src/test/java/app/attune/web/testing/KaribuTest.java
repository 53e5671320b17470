package app.attune.web.testing;

import app.attune.core.account.AccountService;
import app.attune.core.account.Role;
import app.attune.web.security.TestSessions;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Browserless view tests: a mocked Vaadin with the real routes, services and access control. */
public abstract class KaribuTest {
    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        SharedPlatform.get();
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.attune.web");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(routes);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected static <T> T service(Class<T> type) {
        return SharedPlatform.get().service(type);
    }

    /** Signs in as the demo account for the role and reloads the UI, as a browser would. */
    protected static void signInAs(String username) {
        var account = service(AccountService.class).findByUsername(username).orElseThrow();
        TestSessions.signIn(account);
        UI.getCurrent().getPage().reload();
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    protected static String demoUser(Role role) {
        return switch (role) {
            case TRAINEE -> "trainee";
            case FACILITATOR -> "facilitator";
            case PROGRAM_LEAD -> "lead";
            case ADMIN -> "admin";
        };
    }
}
