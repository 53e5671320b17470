package app.attune.core.account;

import java.util.Objects;

/** Someone with an account as an administrator sees them: role and whether they can sign in. */
public record Person(UserId id, String username, String displayName, String email, Role role, Status status) {

    /** Whether the person can sign in, and how. */
    public enum Status {
        ACTIVE("Active"),
        SWITCHED_OFF("Switched off"),
        /** Signs in with a one-time password someone gave them, then must choose their own. */
        MUST_CHANGE_PASSWORD("Must change password");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    public boolean active() {
        return status != Status.SWITCHED_OFF;
    }

    static Person of(UserRow row) {
        Status status = !row.active()
                ? Status.SWITCHED_OFF
                : row.mustChangePassword() ? Status.MUST_CHANGE_PASSWORD : Status.ACTIVE;
        return new Person(new UserId(row.id()), row.username(), row.displayName(), row.email(), row.role(), status);
    }
}
