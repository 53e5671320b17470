package app.attune.web.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** Reads and changes who is signed in for the current Vaadin session. */
public final class CurrentUser {
    static final String SESSION_ATTRIBUTE = "attune.signedInUser";

    private CurrentUser() {}

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((SignedInUser) session.getSession().getAttribute(SESSION_ATTRIBUTE));
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** Replaces the remembered user (after a password change, for example). */
    public static void update(SignedInUser user) {
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_ATTRIBUTE, user);
    }

    /**
     * Forgets who is signed in without ending the HTTP session, so the navigation in progress can
     * go on (to the login page). The next sign-in renews the session id as usual.
     */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(SESSION_ATTRIBUTE);
        }
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
