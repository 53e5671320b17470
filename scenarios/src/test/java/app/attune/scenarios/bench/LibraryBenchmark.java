package app.attune.scenarios.bench;

import app.attune.scenarios.library.ScenarioLibrary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and validating the whole bundled library, as the application does at start-up. Two
 * views: the very first load in a fresh JVM (cold, what a start-up pays) and a warmed-up average.
 * The target is under 1 s.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LibraryBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public ScenarioLibrary coldLoad() {
        return ScenarioLibrary.bundled();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public ScenarioLibrary warmLoad() {
        return ScenarioLibrary.bundled();
    }
}
