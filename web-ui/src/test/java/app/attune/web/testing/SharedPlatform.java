package app.attune.web.testing;

import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import app.attune.core.testing.TestDatabases;
import app.attune.web.server.AttuneRuntime;

/** One in-memory platform (with the demo accounts) for all browserless view tests of a run. */
public final class SharedPlatform {
    private static AttunePlatform platform;

    private SharedPlatform() {}

    public static synchronized AttunePlatform get() {
        if (platform == null) {
            platform = Platforms.start(TestDatabases.h2("views").withDemoAccounts(true));
            AttuneRuntime.install(platform);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }
}
