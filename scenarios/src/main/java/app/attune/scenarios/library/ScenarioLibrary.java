package app.attune.scenarios.library;

import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.validate.Checked;
import app.attune.scenarios.validate.Problem;
import app.attune.scenarios.validate.ScenarioValidator;
import app.attune.scenarios.validate.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The valid scenarios plus the problems of the files that were left out. Loading never throws for
 * bad content: one bad file is reported and skipped, the rest load. Immutable once loaded.
 */
public final class ScenarioLibrary {

    private final Map<String, Scenario> scenarios;
    private final List<Problem> problems;

    private ScenarioLibrary(List<Checked> results, List<Problem> extra) {
        Map<String, Scenario> map = new LinkedHashMap<>();
        List<Problem> all = new ArrayList<>(extra);
        for (Checked c : results) {
            c.scenario().ifPresent(s -> map.put(s.id(), s));
            all.addAll(c.problems());
        }
        this.scenarios = Collections.unmodifiableMap(map);
        this.problems = List.copyOf(all);
    }

    /** The scenarios bundled with the application. */
    public static ScenarioLibrary bundled() {
        return load(Optional.empty());
    }

    /** Bundled scenarios plus those in an optional folder (a folder file with a bundled id is a duplicate). */
    public static ScenarioLibrary load(Optional<Path> folder) {
        List<SourceText> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        readBundled(sources, problems);
        folder.ifPresent(f -> readFolder(f, sources, problems));
        return new ScenarioLibrary(ScenarioValidator.checkAll(sources), problems);
    }

    /** Only the files in one folder: what {@code play --check DIR} looks at. */
    public static ScenarioLibrary fromFolder(Path folder) {
        List<SourceText> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        readFolder(folder, sources, problems);
        return new ScenarioLibrary(ScenarioValidator.checkAll(sources), problems);
    }

    /** From texts already in memory, for tests and tools. */
    public static ScenarioLibrary of(List<SourceText> sources) {
        return new ScenarioLibrary(ScenarioValidator.checkAll(sources), List.of());
    }

    private static void readBundled(List<SourceText> sources, List<Problem> problems) {
        ClassLoader loader = ScenarioLibrary.class.getClassLoader();
        Optional<List<String>> names = ResourceIndex.bundledNames(loader);
        if (names.isEmpty()) {
            problems.add(new Problem(
                    ResourceIndex.INDEX,
                    0,
                    "the bundled scenario index is missing: build the scenarios module with Maven"));
            return;
        }
        for (String name : names.get()) {
            String resource = ResourceIndex.FOLDER + "/" + name;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(new Problem(resource, 0, "listed in the index but not on the classpath"));
                    continue;
                }
                sources.add(new SourceText(resource, utf8(in.readAllBytes())));
            } catch (IOException e) {
                problems.add(new Problem(resource, 0, "cannot read: " + e.getMessage()));
            }
        }
    }

    private static void readFolder(Path folder, List<SourceText> sources, List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(folder.toString(), 0, "not a folder"));
            return;
        }
        List<String> names;
        try {
            names = ResourceIndex.scenarioFiles(folder);
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), 0, "cannot list: " + e.getMessage()));
            return;
        }
        for (String name : names) {
            Path file = folder.resolve(name);
            try {
                sources.add(new SourceText(file.toString(), utf8(Files.readAllBytes(file))));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(file.toString(), 0, "not UTF-8 text"));
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
        // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The valid scenarios, in load order (bundled by file name, then the folder's). */
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** Every problem found, file by file. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
