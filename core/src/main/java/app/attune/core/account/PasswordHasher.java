package app.attune.core.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Slow, salted password hashes (bcrypt). The cost is a setting so tests can run fast while
 * production keeps the default.
 */
@Singleton
public class PasswordHasher {
    static final int DEFAULT_COST = 11;
    // bcrypt only reads the first 72 bytes; longer input would silently collide
    static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;

    public PasswordHasher(@io.micronaut.context.annotation.Value("${attune.password.cost:11}") int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
