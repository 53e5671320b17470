package app.attune.core.account;

import java.util.Objects;

/**
 * A person as the rest of the application sees them: no password hash. {@code sessionVersion}
 * tells a sign-in that started before a password reset or a switch-off that it no longer counts
 * (see {@link AccountService#confirmSession}).
 */
public record Account(
        UserId id,
        String username,
        String displayName,
        String email,
        Role role,
        boolean mustChangePassword,
        int sessionVersion) {
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
