package app.attune.web.server;

import app.attune.core.platform.AttunePlatform;
import java.util.Objects;

/**
 * The running platform, reachable from objects that Vaadin creates through the service loader
 * (the instantiator factory), where constructor injection cannot reach.
 */
public final class AttuneRuntime {
    private static volatile AttunePlatform platform;

    private AttuneRuntime() {}

    public static void install(AttunePlatform p) {
        platform = p;
    }

    public static AttunePlatform platform() {
        return Objects.requireNonNull(platform, "the Attune platform has not been started");
    }

    public static boolean installed() {
        return platform != null;
    }
}
