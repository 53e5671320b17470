package app.attune.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("users")
record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        Role role,
        boolean mustChangePassword,
        boolean active,
        int sessionVersion,
        @DateCreated @Nullable Instant createdAt) {

    Account toAccount() {
        return new Account(new UserId(id), username, displayName, email, role, mustChangePassword, sessionVersion);
    }

    UserRow withRole(Role newRole) {
        return new UserRow(
                id,
                username,
                displayName,
                email,
                passwordHash,
                newRole,
                mustChangePassword,
                active,
                sessionVersion,
                createdAt);
    }

    /** A new password ends every earlier sign-in. */
    UserRow withPassword(String newHash, boolean mustChange) {
        return new UserRow(
                id, username, displayName, email, newHash, role, mustChange, active, sessionVersion + 1, createdAt);
    }

    /**
     * Switching off ends every earlier sign-in for good: a session left open while the account was
     * off must not come back to life when it is switched on again.
     */
    UserRow withActive(boolean nowActive) {
        return new UserRow(
                id,
                username,
                displayName,
                email,
                passwordHash,
                role,
                mustChangePassword,
                nowActive,
                nowActive ? sessionVersion : sessionVersion + 1,
                createdAt);
    }
}
