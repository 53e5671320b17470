package app.attune.web.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.security.Principal;
import java.util.function.Predicate;

/**
 * Vaadin's annotation-based navigation access control, reading the signed-in user from the session
 * (no servlet container security, no Spring). The same code path runs in browserless tests.
 */
public class AttuneAccessControl extends NavigationAccessControl {

    @Override
    protected Principal getPrincipal(VaadinRequest request) {
        SignedInUser user = userOf(request);
        return user == null ? null : user::username;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        SignedInUser user = userOf(request);
        return role -> user != null && user.role().name().equals(role);
    }

    private static SignedInUser userOf(VaadinRequest request) {
        if (request == null) {
            return null;
        }
        WrappedSession session = request.getWrappedSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(CurrentUser.SESSION_ATTRIBUTE);
    }
}
