package app.attune.web.bench;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.practice.TurnResult;
import app.attune.scenarios.library.ScenarioLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Server-side time of one trainee turn as {@link PracticeService#takeTurn} does it (classify, persona
 * reply, store in one transaction), with many conversations going at once, each on its own thread.
 * A third of the conversations have hints and guided mode on (the guidance is part of the turn).
 * When the persona closes a conversation, that trainee starts the next scenario, as a trainee would.
 */
final class TurnLatency {
    /** What the simulated trainees say: mostly exploring, some closed and pushing, as beginners do. */
    static final List<String> LINES = List.of(
            "What would you like to get from our time today?",
            "How has that been for you?",
            "It sounds like that has been weighing on you more than you let on.",
            "What happens inside you when the team goes quiet?",
            "Did you talk to him about it?",
            "That sounds lonely. What is that like for you?",
            "Tell me more about that.",
            "Part of you wants their help, and part of you does not trust it will come.",
            "Have you tried just telling them what you need?",
            "What do you notice in yourself as you tell me this?",
            "Given what happened last time, being wary makes sense.",
            "What would you like to be different?");

    record Result(int conversations, long[] nanos, int closedAndRestarted, double turnsPerSecond) {
        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
        }
    }

    private final AttunePlatform platform;
    private final PracticeService practice;
    private final List<String> scenarios;

    TurnLatency(AttunePlatform platform) {
        this.platform = platform;
        this.practice = platform.service(PracticeService.class);
        this.scenarios = platform.service(ScenarioLibrary.class).scenarios().stream()
                .map(s -> s.id())
                .toList();
    }

    /**
     * Runs {@code conversations} at once; each plays {@code warmup} unmeasured turns, then {@code
     * measured} measured ones, pausing a random think time in [minThinkMs, maxThinkMs] between turns.
     */
    Result run(int conversations, int warmup, int measured, int minThinkMs, int maxThinkMs) throws Exception {
        List<UserId> trainees = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < conversations; i++) {
            trainees.add(platform.service(AccountService.class)
                    .create(new NewAccount(
                            "speed-" + run + "-" + i, "Speed " + i, null, Role.TRAINEE, "password-" + i, false))
                    .id());
        }
        long[][] samples = new long[conversations][measured];
        int[] restarts = new int[conversations];
        CountDownLatch ready = new CountDownLatch(conversations);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(conversations);
        List<Future<?>> done = new ArrayList<>();
        long[] window = new long[2];
        for (int c = 0; c < conversations; c++) {
            int me = c;
            done.add(pool.submit(() -> {
                Random random = new Random(me);
                UserId trainee = trainees.get(me);
                int next = me;
                PracticeOptions aids = me % 3 == 0 ? new PracticeOptions(true, true) : PracticeOptions.NONE;
                LiveAttempt live = practice.start(trainee, scenarios.get(next % scenarios.size()), aids);
                int turns = 0;
                ready.countDown();
                go.await();
                for (int t = 0; t < warmup + measured; t++) {
                    if (maxThinkMs > 0) {
                        Thread.sleep(minThinkMs + random.nextInt(maxThinkMs - minThinkMs + 1));
                    }
                    String text = LINES.get(random.nextInt(LINES.size()));
                    long start = System.nanoTime();
                    TurnResult r = practice.takeTurn(trainee, live.id(), turns, text);
                    long took = System.nanoTime() - start;
                    if (t >= warmup) {
                        samples[me][t - warmup] = took;
                    }
                    turns++;
                    if (r.closed()) {
                        restarts[me]++;
                        next += conversations;
                        live = startNext(trainee, next, aids);
                        turns = 0;
                    }
                }
                return null;
            }));
        }
        ready.await();
        window[0] = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        window[1] = System.nanoTime();
        pool.shutdown();
        long[] all = Arrays.stream(samples).flatMapToLong(Arrays::stream).toArray();
        double seconds = (window[1] - window[0]) / 1e9;
        return new Result(
                conversations,
                all,
                Arrays.stream(restarts).sum(),
                conversations * (double) (warmup + measured) / seconds);
    }

    /** The next scenario for this trainee; one they have open already is simply resumed. */
    private LiveAttempt startNext(UserId trainee, int index, PracticeOptions aids) {
        for (int i = 0; i < scenarios.size(); i++) {
            String scenario = scenarios.get((index + i) % scenarios.size());
            try {
                LiveAttempt live = practice.start(trainee, scenario, aids);
                if (live.turnCount() == 0) {
                    return live;
                }
                practice.end(trainee, live.id());
            } catch (PracticeException e) {
                // try the next scenario
            }
        }
        throw new IllegalStateException("no scenario left to start");
    }
}
