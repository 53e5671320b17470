package app.attune.web.security;

import app.attune.core.account.Account;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import java.io.Serializable;

/** Who is signed in, kept in the HTTP session (small and serialisable for session stores). */
public record SignedInUser(long id, String username, String displayName, Role role, boolean mustChangePassword)
        implements Serializable {
    public static SignedInUser of(Account account) {
        return new SignedInUser(
                account.id().value(),
                account.username(),
                account.displayName(),
                account.role(),
                account.mustChangePassword());
    }

    public UserId userId() {
        return new UserId(id);
    }
}
