package app.attune.scenarios.bench;

import app.attune.scenarios.library.ScenarioLibrary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first library load in fresh JVMs, with the CPU time it used (all threads, JIT and GC
 * included) next to the wall time: on a shared machine the wall time mostly measures waiting for
 * a CPU, the CPU time is what the load itself costs. Run:
 * {@code ./mvnw -q -pl scenarios -Pbench test-compile exec:exec -Dbench.main=app.attune.scenarios.bench.ColdLoadProbe -Dbench.args=5}
 */
public final class ColdLoadProbe {

    private ColdLoadProbe() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 1 && args[0].equals("--child")) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ScenarioLibrary library = ScenarioLibrary.bundled();
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf(
                    "%d scenarios, %d problems: wall %d ms, cpu %d ms%n",
                    library.scenarios().size(), library.problems().size(), wall / 1_000_000, cpu / 1_000_000);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), ColdLoadProbe.class.getName(), "--child"));
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(command).inheritIO().start();
            p.waitFor();
        }
    }
}
