package app.attune.grading.bench;

import app.attune.grading.ConversationTurn;
import app.attune.grading.MoveClassifier;
import app.attune.grading.PersonaSignal;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.Transcript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Grading a 40-turn session: scoring alone, and classifying all 40 turns plus scoring. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class SessionBenchmark {

    private static final int TURNS = 40;

    private final MoveClassifier classifier = MoveClassifier.standard();
    private final SessionScorer scorer = SessionScorer.standard();
    private Transcript classified;

    @Setup
    public void setUp() {
        classified = transcript();
    }

    private Transcript transcript() {
        List<ConversationTurn> turns = new ArrayList<>();
        String before = BenchData.PAIRS[0][0];
        for (int i = 0; i < TURNS; i++) {
            String[] p = BenchData.PAIRS[(i * 7) % BenchData.PAIRS.length];
            Set<PersonaSignal> signals = i % 5 == 0 ? EnumSet.of(PersonaSignal.WITHDRAWAL) : Set.of();
            turns.add(new ConversationTurn(
                    i + 1, p[1], classifier.classify(p[1], before), p[0], signals, Math.min(4, i / 10)));
            before = p[0];
        }
        return new Transcript(BenchData.PAIRS[0][0], Set.of(PersonaSignal.RESISTANCE), turns);
    }

    @Benchmark
    public SessionReport scoreForty() {
        return scorer.score(classified);
    }

    @Benchmark
    public SessionReport classifyAndScoreForty() {
        return scorer.score(transcript());
    }
}
