package app.attune.core.account;

import java.util.Objects;

/** A person as the rest of the application sees them: no password hash. */
public record Account(
        UserId id, String username, String displayName, String email, Role role, boolean mustChangePassword) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public boolean hasRole(Role r) {
        return role == r;
    }
}
