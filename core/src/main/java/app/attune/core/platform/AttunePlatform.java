package app.attune.core.platform;

import app.attune.core.account.DemoAccounts;
import app.attune.core.database.DatabaseProbe;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.database.StartupProblem;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the platform: checks the database, runs the migrations, seeds demo accounts when asked,
 * and exposes the services. The web UI and the tests start it the same way.
 */
public final class AttunePlatform implements AutoCloseable {
    private final ApplicationContext context;
    private final DatabaseSettings settings;

    private AttunePlatform(ApplicationContext context, DatabaseSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    public static AttunePlatform start(DatabaseSettings settings) {
        return start(settings, Map.of(), Clock.systemUTC());
    }

    /** Starts with extra Micronaut properties (tests lower the password-hash cost, for example). */
    public static AttunePlatform start(DatabaseSettings settings, Map<String, Object> extra, Clock clock) {
        DatabaseProbe.check(settings);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("datasources.default.url", settings.url());
        props.put("datasources.default.username", settings.user());
        props.put("datasources.default.password", settings.password());
        props.put("datasources.default.driver-class-name", settings.driverClassName());
        props.put("datasources.default.dialect", "MYSQL");
        props.put("datasources.default.maximum-pool-size", 16);
        props.put("datasources.default.connection-timeout", 5000);
        props.put("flyway.datasources.default.enabled", true);
        props.put("flyway.datasources.default.locations", "classpath:db/migration");
        props.putAll(extra);
        ApplicationContext context;
        try {
            context = ApplicationContext.builder()
                    .properties(props)
                    .singletons(clock)
                    .deduceEnvironment(false)
                    .banner(false)
                    .start();
        } catch (RuntimeException e) {
            throw new StartupProblem(
                    "Attune could not prepare the database " + settings.describe() + ": " + rootMessage(e), e);
        }
        AttunePlatform platform = new AttunePlatform(context, settings);
        if (settings.demoAccounts()) {
            platform.service(DemoAccounts.class).ensurePresent();
        }
        return platform;
    }

    public <T> T service(Class<T> type) {
        return context.getBean(type);
    }

    public ApplicationContext context() {
        return context;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (context.isRunning()) {
            context.close();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
