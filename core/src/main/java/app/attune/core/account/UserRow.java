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
        @DateCreated @Nullable Instant createdAt) {

    Account toAccount() {
        return new Account(new UserId(id), username, displayName, email, role, mustChangePassword);
    }
}
