package app.attune.web.security;

import app.attune.core.account.Account;
import com.vaadin.flow.server.VaadinSession;

/** Puts a signed-in user into the mocked session, as a successful sign-in would. */
public final class TestSessions {
    private TestSessions() {}

    public static void signIn(Account account) {
        VaadinSession.getCurrent().getSession().setAttribute(CurrentUser.SESSION_ATTRIBUTE, SignedInUser.of(account));
    }
}
