package app.attune.grading.bench;

import app.attune.grading.HeldOutSets;

/** Client line and trainee turn pairs for the benchmarks: Attune's own held-out sentences. */
final class BenchData {

    static final String[][] PAIRS = HeldOutSets.loadAll().stream()
            .map(i -> new String[] {i.previous(), i.text()})
            .toArray(String[][]::new);

    private BenchData() {}
}
