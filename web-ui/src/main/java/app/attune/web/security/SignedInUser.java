package app.attune.web.security;

import app.attune.core.account.Account;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import java.io.Serializable;

/**
 * Who is signed in, kept in the HTTP session (small and serialisable for session stores). {@code
 * sessionVersion} is the account's at sign-in: a password reset or a switch-off moves the account's on,
 * and the session ends at its next navigation.
 */
public record SignedInUser(
        long id, String username, String displayName, Role role, boolean mustChangePassword, int sessionVersion)
        implements Serializable {
    public static SignedInUser of(Account account) {
        return new SignedInUser(
                account.id().value(),
                account.username(),
                account.displayName(),
                account.role(),
                account.mustChangePassword(),
                account.sessionVersion());
    }

    public UserId userId() {
        return new UserId(id);
    }
}
