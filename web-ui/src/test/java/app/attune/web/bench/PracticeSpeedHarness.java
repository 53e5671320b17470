package app.attune.web.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import app.attune.core.testing.TestDatabases;
import app.attune.web.security.TestSessions;
import app.attune.web.server.AttuneRuntime;
import app.attune.web.testing.KaribuTest;
import app.attune.web.testing.SharedPlatform;
import app.attune.web.ui.practice.ConversationView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The practice speed harness: prints how long the server takes for one trainee turn with 50
 * conversations going at once (embedded H2 and the MySQL-protocol server), and how much heap one
 * open conversation page holds after 30 turns. Not part of the normal build (the name does not end
 * in Test); run it with the command in docs/practice.md.
 */
class PracticeSpeedHarness extends KaribuTest {
    static final int CONVERSATIONS = Integer.getInteger("speed.conversations", 50);
    static final int WARMUP_TURNS = Integer.getInteger("speed.warmup", 10);
    static final int MEASURED_TURNS = Integer.getInteger("speed.turns", 30);
    static final int VIEWS = Integer.getInteger("speed.views", 25);
    static final int VIEW_TURNS = 30;

    @Test
    void turn_latency_with_50_conversations_on_h2_and_mariadb() throws Exception {
        List<String[]> rows = new ArrayList<>();
        Path data = Files.createTempDirectory("attune-speed");
        measure("H2 (embedded file)", DatabaseSettings.embedded(data), rows);
        measure("MariaDB 127.0.0.1:3306", TestDatabases.mysql("speed"), rows);
        System.out.println();
        System.out.println("One trainee turn, server side (classify, persona reply, guidance, store), "
                + CONVERSATIONS + " conversations at once, " + MEASURED_TURNS + " measured turns each after "
                + WARMUP_TURNS + " warm-up turns; " + Runtime.getRuntime().availableProcessors() + " cores");
        String format = "%-24s %-22s %8s %8s %8s %8s %10s %9s  %s%n";
        System.out.printf(
                Locale.ROOT,
                format,
                "database",
                "pacing",
                "turns",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "turns/s",
                "restarts",
                "p95 < 25 ms");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, format, (Object[]) row);
        }
        System.out.println();
    }

    private static void measure(String name, DatabaseSettings settings, List<String[]> rows) throws Exception {
        try (AttunePlatform platform = Platforms.start(settings)) {
            TurnLatency latency = new TurnLatency(platform);
            latency.run(CONVERSATIONS, 20, 0, 0, 0); // JIT and connection pool warm-up, not reported
            rows.add(row(name, "think 100-300 ms", latency.run(CONVERSATIONS, WARMUP_TURNS, MEASURED_TURNS, 100, 300)));
            rows.add(row(name, "no pause (saturated)", latency.run(CONVERSATIONS, WARMUP_TURNS, MEASURED_TURNS, 0, 0)));
        }
    }

    private static String[] row(String database, String pacing, TurnLatency.Result r) {
        double p95 = r.percentileMillis(95);
        return new String[] {
            database,
            pacing,
            String.valueOf(r.nanos().length),
            String.format(Locale.ROOT, "%.1f", r.percentileMillis(50)),
            String.format(Locale.ROOT, "%.1f", p95),
            String.format(Locale.ROOT, "%.1f", r.percentileMillis(99)),
            String.format(Locale.ROOT, "%.0f", r.turnsPerSecond()),
            String.valueOf(r.closedAndRestarted()),
            p95 < 25 ? "met" : "MISSED"
        };
    }

    /**
     * Heap per open conversation page: N trainees each with their own UI showing a conversation of 30
     * turns, all kept alive at once; the heap growth after a full GC divided by N. Includes the UI, the
     * main layout, the view, its component and state tree (not the shared Vaadin service or session).
     */
    @Test
    void heap_held_per_conversation_view_after_30_turns() throws Exception {
        // the turns go to MariaDB, outside this JVM, so the heap counts the pages and not stored data
        // (the shared in-memory H2 of the view tests would keep every turn on the heap)
        AttunePlatform shared = SharedPlatform.get();
        try (AttunePlatform outside =
                Platforms.start(TestDatabases.mysql("heap").withDemoAccounts(true))) {
            AttuneRuntime.install(outside);
            MockVaadin.tearDown();
            MockVaadin.setup(new Routes().autoDiscoverViews("app.attune.web"));
            measureHeap();
        } finally {
            AttuneRuntime.install(shared);
        }
    }

    private static void measureHeap() throws Exception {
        String scenario = "avoidant-ops-director";
        for (int i = 0; i < 3; i++) {
            openConversation(scenario, VIEW_TURNS); // warm-up: classes, caches, the scenario snapshot
        }
        // the first rounds also grow connection pools and caches to their steady size: not reported
        heapPerView(scenario, 0);
        heapPerView(scenario, VIEW_TURNS);
        long empty = heapPerView(scenario, 0)[0];
        long[] full = heapPerView(scenario, VIEW_TURNS);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Heap held per conversation page (UI, layout, view, state tree), %d pages kept at once:%n"
                        + "  just started: %,d bytes (%.1f KB)%n"
                        + "  after %.1f turns on average: %,d bytes (%.1f KB); target < 200 KB: %s%n%n",
                VIEWS,
                empty,
                empty / 1024.0,
                full[1] / 100.0,
                full[0],
                full[0] / 1024.0,
                full[0] < 200 * 1024 ? "met" : "MISSED");
    }

    /** Keeps {@link #VIEWS} conversation pages alive at once; returns bytes per page and turns x100. */
    private static long[] heapPerView(String scenario, int turns) throws InterruptedException {
        List<Object> kept = new ArrayList<>();
        long before = usedHeapAfterGc();
        int played = 0;
        for (int i = 0; i < VIEWS; i++) {
            played += openConversation(scenario, turns);
            kept.add(UI.getCurrent()); // the UI holds the layout and the conversation view
        }
        long after = usedHeapAfterGc();
        long perView = (after - before) / kept.size();
        kept.clear();
        return new long[] {perView, played * 100L / VIEWS};
    }

    /**
     * Signs in a new trainee (a fresh UI), starts the scenario and plays up to {@code turns} turns,
     * with a client round trip after each as a browser makes; returns how many were played.
     */
    private static int openConversation(String scenario, int turns) {
        String name = "heap-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = AttuneRuntime.platform()
                .service(AccountService.class)
                .create(new NewAccount(name, "Heap " + name, null, Role.TRAINEE, "password-123", false));
        TestSessions.signIn(account);
        UI.getCurrent().getPage().reload();
        navigate("practice/" + scenario);
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        MockVaadin.clientRoundtrip(false);
        int played = 0;
        for (int t = 0; t < turns; t++) {
            if (_find(Button.class, spec -> spec.withId("send-turn")).isEmpty()) {
                break; // the persona closed the conversation: the composer is gone
            }
            TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
            input.setValue(EXPLORING.get(t % EXPLORING.size()));
            _click(_get(Button.class, spec -> spec.withId("send-turn")));
            MockVaadin.clientRoundtrip(false);
            played = Integer.parseInt(_get(Span.class, spec -> spec.withId("turn-count"))
                    .getText()
                    .replaceAll("\\D", ""));
        }
        if (!(currentView() instanceof ConversationView)) {
            throw new IllegalStateException("not on the conversation page");
        }
        return played;
    }

    /**
     * A few exploring turns, then listening noises: the client keeps talking without reaching the
     * new option too soon (which closes the conversation warmly), so the page really gets 30 turns.
     */
    static final List<String> EXPLORING = List.of(
            "What would you like to get from our time today?",
            "How has that been for you?",
            "Mm-hm.",
            "I see.",
            "Go on.",
            "OK.",
            "Right.",
            "Mm.");

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
