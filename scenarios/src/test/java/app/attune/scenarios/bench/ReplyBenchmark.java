package app.attune.scenarios.bench;

import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.persona.Conversation;
import app.attune.scenarios.persona.PersonaEngine;
import app.attune.scenarios.persona.TurnOutcome;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One persona reply: classify the trainee turn with the real classifier, move the state, pick the
 * line. Sample mode reports percentiles; the target is p99 under 2 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplyBenchmark {

    /** A realistic mix: exploring, neutral and pushing turns of everyday length. */
    static final List<String> TURNS = List.of(
            "How did that feel when he said no?",
            "It sounds like you've been carrying this on your own for a long time.",
            "What happens for you when the team goes quiet?",
            "Did you talk to him on Monday or on Tuesday?",
            "You should just delegate more and stop worrying about it.",
            "So part of you wants their help, and part of you doesn't trust it will come.",
            "I think I jumped to solutions there. Can we go back to what you were saying?",
            "Honestly, that sounds like an excuse.",
            "What would you like to be different by the end of the month?",
            "Given what happened last time, being wary makes sense.");

    private List<Scenario> scenarios;
    private PersonaEngine engine;
    private Conversation conversation;
    private int next;
    private long seed;

    @Setup(Level.Trial)
    public void load() {
        scenarios = ScenarioLibrary.bundled().scenarios();
        engine = PersonaEngine.standard();
        restart();
    }

    private void restart() {
        seed++;
        conversation = engine.start(scenarios.get((int) (seed % scenarios.size())), seed);
    }

    @Benchmark
    public TurnOutcome reply() {
        if (conversation.isClosed() || conversation.state().turns() >= 30) {
            restart();
        }
        return conversation.respond(TURNS.get(next++ % TURNS.size()));
    }
}
