package app.attune.scenarios.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The list of bundled scenario files, {@code scenarios/index.txt} on the classpath. A shaded jar
 * cannot list a classpath folder, so the build writes this index (exec plugin, process-classes)
 * from whatever *.yaml files are in the folder: writers add a file and nothing else.
 */
public final class ResourceIndex {

    static final String FOLDER = "scenarios";
    static final String INDEX = FOLDER + "/index.txt";

    private ResourceIndex() {}

    /** Build step: writes index.txt into the given output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ResourceIndex <folder with scenario files>");
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        List<String> names = scenarioFiles(folder);
        Files.write(folder.resolve("index.txt"), names, StandardCharsets.UTF_8);
    }

    /** The *.yaml and *.yml file names in a folder, sorted. */
    static List<String> scenarioFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(ResourceIndex::isScenarioFile)
                    .sorted()
                    .toList();
        }
    }

    static boolean isScenarioFile(String name) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    /**
     * The bundled file names: from the index, or (running from an IDE before any Maven build) by
     * listing the folder when it is a plain directory. Empty if neither works.
     */
    static Optional<List<String>> bundledNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in != null) {
                List<String> names = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
                return Optional.of(names);
            }
            URL folder = loader.getResource(FOLDER);
            if (folder != null && "file".equals(folder.getProtocol())) {
                return Optional.of(scenarioFiles(Path.of(folder.toURI())));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
