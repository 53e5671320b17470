package app.attune.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The packaged executable ({@code web-ui/target/attune.jar}) run as a real process, in its own folder. */
public final class AttuneProcess implements AutoCloseable {
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;

    private AttuneProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("attune.jar", "target/attune.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged jar at " + jar.toAbsolutePath() + ": run mvn package first");
        }
        return jar.toAbsolutePath();
    }

    /** Starts {@code java -jar attune.jar ARGS} in a fresh working folder with the given environment. */
    public static AttuneProcess start(Map<String, String> env, String... args) throws IOException {
        Path dir = Files.createTempDirectory("attune-run");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("ATTUNE_DB_URL");
        pb.environment().remove("PORT");
        pb.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        pb.environment().putAll(env);
        int port = -1;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        return new AttuneProcess(pb.start(), port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until the app says it is ready; fails with everything it printed otherwise. */
    public AttuneProcess awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(l -> l.contains("Attune is ready at"))) {
                return this;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Attune did not become ready:\n" + String.join("\n", output));
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Attune did not exit:\n" + String.join("\n", output));
        }
        Thread.sleep(200); // let the reader drain the last lines
        return process.exitValue();
    }

    public String output() {
        return String.join("\n", output);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
