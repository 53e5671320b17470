package app.attune.core.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** What it takes to create an account; validated here so every entry point gets the same rules. */
public record NewAccount(
        String username, String displayName, String email, Role role, String password, boolean mustChangePassword) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

    public NewAccount {
        Objects.requireNonNull(role, "role");
        username = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "User name must be 2 to 100 characters: letters, digits, dots, dashes, underscores or @.");
        }
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new IllegalArgumentException("Name must be 1 to 200 characters.");
        }
        email = email == null || email.isBlank() ? null : email.strip();
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("Password must have at least 8 characters.");
        }
    }
}
