package app.attune.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/** Sign-in and account lookups. Owns its transactions; views call this, never the repositories. */
@Singleton
public class AccountService {
    private final String unknownUserHash;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    AccountService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        // checked against when the user name is unknown, so both paths cost one slow hash
        this.unknownUserHash = hasher.hash(java.util.UUID.randomUUID().toString());
    }

    @Transactional
    public SignInResult signIn(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Duration> wait = throttle.waitFor(name);
        if (wait.isPresent()) {
            return new SignInResult.Throttled(wait.get());
        }
        // A switched-off account gets the same answer as a wrong password, and costs the same slow
        // hash: a distinct "switched off" message would confirm to anyone trying names that the
        // account exists (and, shown only after a right password, that the password is right, which
        // is worth knowing for the other sites a leaked password is reused on). The person who was
        // switched off knows it from their administrator, who told them or can tell them.
        Optional<UserRow> row = users.findByUsername(name).filter(UserRow::active);
        boolean ok =
                hasher.matches(password, row.map(UserRow::passwordHash).orElse(unknownUserHash)) && row.isPresent();
        if (!ok) {
            throttle.recordFailure(name);
            return new SignInResult.Rejected();
        }
        throttle.recordSuccess(name);
        return new SignInResult.SignedIn(row.get().toAccount());
    }

    @Transactional
    public Optional<Account> find(UserId id) {
        return users.findById(id.value()).filter(UserRow::active).map(UserRow::toAccount);
    }

    @Transactional
    public Optional<Account> findByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                .map(UserRow::toAccount);
    }

    /** Creates an account; fails with a clear message when the user name is taken. */
    @Transactional
    public Account create(NewAccount account) {
        if (users.existsByUsername(account.username())) {
            throw new IllegalArgumentException("The user name '" + account.username() + "' is already taken.");
        }
        UserRow saved = users.save(new UserRow(
                null,
                account.username(),
                account.displayName(),
                account.email(),
                hasher.hash(account.password()),
                account.role(),
                account.mustChangePassword(),
                true,
                0,
                null));
        return saved.toAccount();
    }

    /**
     * Replaces a password after checking the current one; clears the must-change flag that
     * imported accounts start with, and ends the person's other sign-ins.
     */
    @Transactional
    public Account changePassword(UserId id, String current, String replacement) {
        UserRow row = users.findById(id.value())
                .filter(UserRow::active)
                .orElseThrow(() -> new IllegalArgumentException("Unknown account."));
        if (!hasher.matches(current, row.passwordHash())) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        if (replacement == null || replacement.length() < 10) {
            throw new IllegalArgumentException("The new password needs at least 10 characters.");
        }
        if (replacement.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("The new password is too long (at most 72 bytes).");
        }
        if (replacement.equals(current)) {
            throw new IllegalArgumentException("The new password must differ from the current one.");
        }
        // ends the person's other sign-ins; the caller keeps its own with the returned account
        return users.update(row.withPassword(hasher.hash(replacement), false)).toAccount();
    }

    /**
     * The account behind a signed-in session as it is now, or empty when the session no longer
     * counts: the account was switched off, or its password was reset or changed since the session
     * signed in with {@code sessionVersion}. The web layer asks on every navigation.
     */
    @Transactional
    public Optional<Account> confirmSession(UserId id, int sessionVersion) {
        return users.findById(id.value())
                .filter(UserRow::active)
                .filter(row -> row.sessionVersion() == sessionVersion)
                .map(UserRow::toAccount);
    }

    @Transactional
    public long count() {
        return users.count();
    }
}
