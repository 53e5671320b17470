package app.attune.core.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down guessing: after a few failures for one user name, each further attempt must wait a
 * doubling pause. Kept in the database so every node behind the load balancer sees the same count;
 * unknown user names are counted the same way so the pause reveals nothing.
 */
@Singleton
class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration MAX_PAUSE = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final LoginThrottleRepository repository;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** How long this user name must still wait, if at all. */
    Optional<Duration> waitFor(String username) {
        Instant now = clock.instant();
        return repository.findById(key(username)).flatMap(row -> {
            if (row.failures() < FREE_FAILURES
                    || row.lastFailureAt().plus(FORGET_AFTER).isBefore(now)) {
                return Optional.empty();
            }
            Instant allowedAt = row.lastFailureAt().plus(pauseAfter(row.failures()));
            return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
        });
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        String key = key(username);
        Optional<LoginThrottleRow> existing = repository.findById(key);
        if (existing.isEmpty()) {
            repository.save(new LoginThrottleRow(key, 1, now));
            return;
        }
        LoginThrottleRow row = existing.get();
        int failures = row.lastFailureAt().plus(FORGET_AFTER).isBefore(now) ? 1 : row.failures() + 1;
        repository.update(new LoginThrottleRow(key, failures, now));
    }

    void recordSuccess(String username) {
        repository.deleteById(key(username));
    }

    static Duration pauseAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - FREE_FAILURES, 6);
        Duration pause = Duration.ofSeconds(seconds);
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
