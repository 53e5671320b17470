package app.attune.grading.bench;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Utterances per second on one thread, cycling through varied coaching turns and client lines. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClassifierBenchmark {

    private final MoveClassifier classifier = MoveClassifier.standard();
    private final String[][] pairs = BenchData.PAIRS;
    private int next;

    @Benchmark
    public ClassifiedMove classifyOneUtterance() {
        String[] p = pairs[next];
        next = (next + 1) % pairs.length;
        return classifier.classify(p[1], p[0]);
    }
}
