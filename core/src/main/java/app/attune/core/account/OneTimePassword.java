package app.attune.core.account;

import java.util.Objects;

/**
 * A password an administrator just set for someone: shown to the administrator once, never stored
 * in clear and never logged (toString leaves it out). The person must replace it when they sign in.
 */
public record OneTimePassword(Person person, String password) {
    public OneTimePassword {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "OneTimePassword[person=" + person.username() + ", password=(hidden)]";
    }
}
