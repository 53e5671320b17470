package app.attune.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.PeopleService;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.TestSessions;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.admin.PeopleView;
import app.attune.web.ui.cohort.CohortsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HomeAndAccessViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_lands_on_a_home_page_that_greets_by_name_and_shows_the_role(Role role) {
        signInAs(demoUser(role));
        navigate("");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        String greeting = _get(H1.class, spec -> spec.withId("greeting")).getText();
        String role_ = _get(Span.class, spec -> spec.withId("home-role")).getText();
        assertThat(role_).isEqualTo(role.title());
        assertThat(greeting).startsWith("Welcome, ").doesNotEndWith(", ");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-name")).getText())
                .startsWith(greeting.substring(9));
    }

    @Test
    void a_role_without_access_gets_the_not_allowed_page() {
        signInAs("trainee");
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H1.class, spec -> spec.withId("not-allowed")).getText()).isEqualTo("Not allowed");
    }

    @Test
    void an_administrator_sees_everyone_with_their_role() {
        signInAs("admin");
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<app.attune.core.account.Person> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_switched_off_persons_open_session_ends_at_their_next_page() {
        Account sam = newAccount(Role.FACILITATOR);
        signInAs(sam.username());
        navigate("cohorts");
        assertThat(currentView()).isInstanceOf(CohortsView.class);

        service(PeopleService.class).deactivate(demoAdmin(), sam.id());
        navigate("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(CurrentUser.get()).isEmpty();
        assertThat(_get(LoginView.class).errorMessage()).isEqualTo(LoginView.SESSION_ENDED);

        // switching the account on again does not bring the old session back
        service(PeopleService.class).reactivate(demoAdmin(), sam.id());
        TestSessions.signIn(sam);
        navigate("cohorts");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_password_reset_ends_the_persons_open_session() {
        Account kit = newAccount(Role.TRAINEE);
        signInAs(kit.username());
        navigate("");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        service(PeopleService.class).resetPassword(demoAdmin(), kit.id());
        navigate("progress");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_demoted_administrator_loses_the_people_page_at_their_next_page_and_keeps_their_session() {
        Account ex = newAccount(Role.ADMIN);
        signInAs(ex.username());
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(PeopleView.class);

        service(PeopleService.class).changeRole(demoAdmin(), ex.id(), Role.PROGRAM_LEAD);
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(CurrentUser.require().role()).isEqualTo(Role.PROGRAM_LEAD);
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("home-role")).getText()).isEqualTo(Role.PROGRAM_LEAD.title());
    }

    private static Account newAccount(Role role) {
        String name = "access-" + role.name().toLowerCase() + "-" + System.nanoTime();
        return service(AccountService.class)
                .create(new NewAccount(name, "Access " + role.title(), null, role, "password-1", false));
    }

    private static UserId demoAdmin() {
        return service(AccountService.class)
                .findByUsername("admin")
                .orElseThrow()
                .id();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
