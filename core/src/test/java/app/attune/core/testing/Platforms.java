package app.attune.core.testing;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import java.time.Clock;
import java.util.Map;

/** Starts the platform for tests with a cheap password hash. */
public final class Platforms {
    private Platforms() {}

    public static AttunePlatform start(DatabaseSettings settings, Clock clock) {
        return AttunePlatform.start(settings, Map.of("attune.password.cost", 4), clock);
    }

    public static AttunePlatform start(DatabaseSettings settings) {
        return start(settings, Clock.systemUTC());
    }
}
