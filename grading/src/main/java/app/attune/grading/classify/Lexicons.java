package app.attune.grading.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All word lists and pattern files, loaded once from the jar (no network, no files outside the jar).
 * Word lists live in {@code lexicon/}, pattern files in {@code patterns/}; both are plain text so
 * coaches can review them. A file whose first line is {@code #! stem} is matched by stem.
 */
final class Lexicons {

    private static final String BASE = "/app/attune/grading/classify/";
    private static final List<String> CLASSES = List.of(
            "filler",
            "stop",
            "feeling",
            "body",
            "vulnerable",
            "strength",
            "label",
            "adviseverb",
            "exploreverb",
            "logistics",
            "praise",
            "positive",
            "subject",
            "aux",
            "wh",
            "greeting",
            "hedge",
            "factnoun",
            "deictic",
            "exclaimadj");
    private static final List<String> PATTERNS = List.of(
            "affirm",
            "validate",
            "autonomy",
            "process",
            "repair",
            "inform",
            "advise",
            "advise-question",
            "confront",
            "reassure",
            "shift",
            "social",
            "emotive",
            "open-invite",
            "reflection-cue",
            "complex-cue",
            "summary",
            "scale",
            "asks-ideas",
            "closed-fact");

    private static final class Holder {
        static final Lexicons INSTANCE = new Lexicons();
    }

    private final Map<String, WordClass> classes = new HashMap<>();
    private final Map<String, PatternSet> patterns = new HashMap<>();
    private final Map<String, String[]> replacements = new HashMap<>();

    static Lexicons get() {
        return Holder.INSTANCE;
    }

    private Lexicons() {
        for (String name : CLASSES) {
            List<String> lines = read("lexicon/" + name + ".txt");
            boolean stem = !lines.isEmpty() && lines.get(0).startsWith("#! stem");
            classes.put(name, new WordClass(name, stem, content(lines)));
        }
        for (String line : content(read("lexicon/normalise.txt"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                replacements.put(
                        line.substring(0, eq).trim(),
                        line.substring(eq + 1).trim().split("\\s+"));
            }
        }
        for (String name : PATTERNS) {
            List<PhrasePattern> compiled = new ArrayList<>();
            for (String line : content(read("patterns/" + name + ".txt"))) {
                compiled.add(PhrasePattern.compile(line, this));
            }
            patterns.put(name, new PatternSet(name, compiled));
        }
    }

    WordClass wordClass(String name) {
        return classes.get(name);
    }

    PatternSet patterns(String name) {
        PatternSet p = patterns.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no pattern file " + name);
        }
        return p;
    }

    Map<String, String[]> replacements() {
        return replacements;
    }

    boolean isFiller(String w) {
        return classes.get("filler").contains(w);
    }

    boolean isStop(String w) {
        return classes.get("stop").contains(w);
    }

    boolean is(String className, String w) {
        return classes.get(className).contains(w);
    }

    private static List<String> content(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> read(String path) {
        try (InputStream in = Lexicons.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
