package app.attune.scenarios.validate;

import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Band;
import app.attune.scenarios.format.Move;
import app.attune.scenarios.format.Persona;
import app.attune.scenarios.format.PersonaLine;
import app.attune.scenarios.format.PersonaScript;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.format.Settings;
import app.attune.scenarios.format.Situation;
import app.attune.scenarios.format.Story;
import app.attune.scenarios.format.Tuning;
import app.attune.scenarios.format.When;
import app.attune.scenarios.persona.StyleRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one scenario file through the YAML node API (not into objects), because only nodes keep
 * their line numbers. Collects every problem it can find instead of stopping at the first, so a
 * writer fixes a file in one round.
 */
final class ScenarioParser {

    static final int MAX_SAY = 400;
    static final int MAX_CUE = 60;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern LAYER = Pattern.compile("([0-4])(?:-([0-4]))?");
    private static final List<String> TOP = List.of(
            "id",
            "version",
            "title",
            "setting",
            "difficulty",
            "style",
            "persona",
            "brief",
            "goal",
            "story",
            "tuning",
            "opening",
            "closing",
            "reveal",
            "situations");
    private static final Set<String> OPTIONAL_TOP = Set.of("tuning");
    private static final List<String> STORY = List.of("surface", "feelings", "pattern", "option");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ScenarioParser(String file) {
        this.file = file;
    }

    Checked parse(String text) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(file)
                    .setMaxAliasesForCollections(20)
                    .build();
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 1)
                    .orElse(1);
            String what = e.getProblem() == null ? "unreadable YAML" : e.getProblem();
            if (e.getContext() != null) {
                what = what + " (" + e.getContext() + ")";
            }
            return failed(line, "YAML syntax error: " + what);
        } catch (YamlEngineException e) {
            return failed(1, "YAML syntax error: " + e.getMessage());
        }
        if (root == null || isNull(root)) {
            return failed(1, "the file is empty");
        }
        if (!(root instanceof MappingNode map)) {
            return failed(line(root), "a scenario file must be a mapping of keys (id:, title:, ...)");
        }
        Scenario scenario = scenario(map);
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Checked(file, Optional.empty(), problems);
        }
        return new Checked(file, Optional.of(scenario), List.of());
    }

    private Checked failed(int line, String message) {
        return new Checked(file, Optional.empty(), List.of(new Problem(file, line, message)));
    }

    private Scenario scenario(MappingNode root) {
        Map<String, Node> f = fields(root, "the scenario", TOP, OPTIONAL_TOP);
        String id = text(f.get("id"), "id");
        Integer version = integer(f.get("version"), "version", 1, 1_000_000);
        String title = text(f.get("title"), "title");
        String setting = text(f.get("setting"), "setting");
        if (setting != null && !Settings.ALL.contains(setting)) {
            problem(
                    f.get("setting"),
                    "unknown setting '" + setting + "': use one of " + String.join(", ", Settings.ALL));
            setting = null;
        }
        Integer difficulty = integer(f.get("difficulty"), "difficulty", 1, 3);
        AttachmentStyle style = null;
        String styleText = text(f.get("style"), "style");
        if (styleText != null) {
            style = AttachmentStyle.fromId(styleText).orElse(null);
            if (style == null) {
                problem(
                        f.get("style"),
                        "bad style '" + styleText + "': use one of avoidant, anxious, disorganized, secure");
            }
        }
        checkId(f.get("id"), id, style);
        Persona persona = persona(f.get("persona"));
        String brief = text(f.get("brief"), "brief");
        String goal = text(f.get("goal"), "goal");
        Story story = story(f.get("story"));
        Tuning tuning = f.containsKey("tuning") ? tuning(f.get("tuning")) : Tuning.NONE;
        List<PersonaLine> opening = lines(f.get("opening"), "opening", "opening");
        List<PersonaLine> warm = List.of();
        List<PersonaLine> curt = List.of();
        Node closing = f.get("closing");
        if (closing != null) {
            Map<String, Node> c = fields(closing, "closing", List.of("warm", "curt"), Set.of());
            warm = lines(c.get("warm"), "closing.warm", "close-warm");
            curt = lines(c.get("curt"), "closing.curt", "close-curt");
        }
        Map<Integer, List<PersonaLine>> reveals = reveals(f.get("reveal"));
        List<Situation> situations = situations(f.get("situations"));
        if (!problems.isEmpty()) {
            return null;
        }
        PersonaScript script = new PersonaScript(opening, warm, curt, reveals, situations);
        checkCoverage(script, f.get("situations"));
        Scenario scenario = new Scenario(
                id, version, title, setting, difficulty, style, persona, brief, goal, story, tuning, script, file);
        checkReachable(scenario, f.get("tuning"));
        return problems.isEmpty() ? scenario : null;
    }

    private void checkId(Node node, String id, AttachmentStyle style) {
        if (id == null) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            problem(node, "bad id '" + id + "': use <style>-<slug> in lower-case letters, digits and hyphens");
            return;
        }
        if (style != null && !id.startsWith(style.id() + "-")) {
            problem(node, "bad id '" + id + "': it must start with the style, '" + style.id() + "-'");
        }
        String base = baseName(file);
        if (base != null && !base.equals(id)) {
            problem(node, "id '" + id + "' does not match the file name '" + base + ".yaml'");
        }
    }

    /** The file name without folders and without .yaml/.yml; null when the name is not a YAML file name. */
    private static String baseName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.endsWith(".yaml")) {
            return name.substring(0, name.length() - 5);
        }
        if (name.endsWith(".yml")) {
            return name.substring(0, name.length() - 4);
        }
        return null;
    }

    private Persona persona(Node node) {
        if (node == null) {
            return null;
        }
        Map<String, Node> f = fields(node, "persona", List.of("name", "role", "bio"), Set.of());
        return new Persona(
                text(f.get("name"), "persona.name"),
                text(f.get("role"), "persona.role"),
                text(f.get("bio"), "persona.bio"));
    }

    private Story story(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, "story must be a mapping with surface, feelings, pattern and option");
            return null;
        }
        Map<String, Node> f = fields(map, "story", STORY, Set.of(), false);
        for (int i = 0; i < STORY.size(); i++) {
            if (!f.containsKey(STORY.get(i))) {
                problem(node, "story is missing layer " + (i + 1) + " '" + STORY.get(i) + "'");
            }
        }
        return new Story(
                text(f.get("surface"), "story.surface"),
                text(f.get("feelings"), "story.feelings"),
                text(f.get("pattern"), "story.pattern"),
                text(f.get("option"), "story.option"));
    }

    private Tuning tuning(Node node) {
        Map<String, Node> f = fields(
                node,
                "tuning",
                concat(new ArrayList<>(new TreeMap<>(Tuning.KEYS).keySet()), List.of("layers", "moves")),
                Set.copyOf(concat(new ArrayList<>(Tuning.KEYS.keySet()), List.of("layers", "moves"))));
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> key : new TreeMap<>(Tuning.KEYS).entrySet()) {
            Node v = f.get(key.getKey());
            if (v != null) {
                Integer n = integer(v, "tuning." + key.getKey(), key.getValue()[0], key.getValue()[1]);
                if (n != null) {
                    values.put(key.getKey(), n);
                }
            }
        }
        Node layers = f.get("layers");
        if (layers != null) {
            Map<String, Node> l =
                    fields(layers, "tuning.layers", List.of("1", "2", "3", "4"), Set.of("1", "2", "3", "4"));
            for (Map.Entry<String, Node> e : l.entrySet()) {
                String where = "tuning.layers." + e.getKey();
                Map<String, Node> need =
                        fields(e.getValue(), where, List.of("safety", "turns"), Set.of("safety", "turns"));
                putInt(values, "layers." + e.getKey() + ".safety", need.get("safety"), where + ".safety", 0, 100);
                putInt(values, "layers." + e.getKey() + ".turns", need.get("turns"), where + ".turns", 1, 10);
            }
        }
        Node moves = f.get("moves");
        if (moves != null) {
            List<String> names = new ArrayList<>();
            for (Move m : Move.values()) {
                names.add(m.id());
            }
            Map<String, Node> m = fields(moves, "tuning.moves", names, Set.copyOf(names));
            for (Map.Entry<String, Node> e : m.entrySet()) {
                String where = "tuning.moves." + e.getKey();
                Map<String, Node> eff = fields(
                        e.getValue(),
                        where,
                        List.of("safety", "activation", "strain"),
                        Set.of("safety", "activation", "strain"));
                putInt(values, "moves." + e.getKey() + ".safety", eff.get("safety"), where + ".safety", -50, 50);
                putInt(
                        values,
                        "moves." + e.getKey() + ".activation",
                        eff.get("activation"),
                        where + ".activation",
                        -50,
                        50);
                putInt(values, "moves." + e.getKey() + ".strain", eff.get("strain"), where + ".strain", 0, 5);
            }
        }
        return new Tuning(values);
    }

    private void putInt(Map<String, Integer> values, String key, Node node, String what, int min, int max) {
        if (node != null) {
            Integer n = integer(node, what, min, max);
            if (n != null) {
                values.put(key, n);
            }
        }
    }

    private Map<Integer, List<PersonaLine>> reveals(Node node) {
        Map<Integer, List<PersonaLine>> reveals = new HashMap<>();
        if (node == null) {
            return reveals;
        }
        Map<String, Node> f = fields(node, "reveal", List.of("1", "2", "3", "4"), Set.of("1", "2", "3", "4"));
        if (!(node instanceof MappingNode)) {
            return reveals;
        }
        for (int layer = 1; layer <= 4; layer++) {
            Node lines = f.get(String.valueOf(layer));
            if (lines == null) {
                problem(
                        node,
                        "reveal has no lines for layer " + layer + ": the layer is unreachable (add 'reveal: " + layer
                                + ":' with lines)");
            } else {
                reveals.put(layer, lines(lines, "reveal." + layer, "reveal-" + layer));
            }
        }
        return reveals;
    }

    private List<Situation> situations(Node node) {
        List<Situation> situations = new ArrayList<>();
        if (node == null) {
            return situations;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, "situations must be a list of '- when: ... lines: ...' entries");
            return situations;
        }
        if (seq.getValue().isEmpty()) {
            problem(node, "situations is empty: add at least a catch-all 'when: {}' with lines");
        }
        Map<String, Integer> keys = new HashMap<>();
        for (Node item : seq.getValue()) {
            Map<String, Node> f = fields(item, "a situation", List.of("when", "lines"), Set.of());
            if (!(item instanceof MappingNode) || !f.containsKey("when")) {
                continue;
            }
            When when = when(f.get("when"));
            if (when == null) {
                continue;
            }
            // Same moment, however it is spelled ([inquire, reflect] and [reflect, inquire]).
            String moment = when.layerFrom() + "-" + when.layerTo() + "|" + when.layerGiven() + "|" + when.bands() + "|"
                    + when.bandGiven() + "|" + when.moves() + "|" + when.afterGiven() + "|" + when.singleMove();
            Integer earlier = keys.putIfAbsent(moment, line(item));
            if (earlier == null) {
                earlier = keys.putIfAbsent(when.key(), line(item));
            }
            if (earlier != null) {
                problem(
                        item,
                        "duplicate situation '" + when.key() + "': the same 'when' is already used at line " + earlier);
                continue;
            }
            List<PersonaLine> lines = lines(f.get("lines"), "situation " + when.key(), when.key());
            if (!lines.isEmpty()) {
                situations.add(new Situation(when, lines, line(item)));
            }
        }
        return situations;
    }

    private When when(Node node) {
        if (!(node instanceof MappingNode)) {
            problem(node, "'when' must be a mapping like {layer: 0-1, band: guarded, after: push} ({} for any)");
            return null;
        }
        Map<String, Node> f = fields(node, "when", List.of("layer", "band", "after"), Set.of("layer", "band", "after"));
        int from = 0;
        int to = 4;
        String layerKey = "any";
        boolean ok = true;
        Node layer = f.get("layer");
        if (layer != null) {
            String v = layer instanceof ScalarNode s ? s.getValue().trim() : "";
            Matcher m = LAYER.matcher(v);
            if (!m.matches()) {
                problem(layer, "bad layer '" + v + "': use a layer 0..4 or a range like 0-1");
                ok = false;
            } else {
                from = Integer.parseInt(m.group(1));
                to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                if (from > to) {
                    problem(layer, "bad layer range '" + v + "': the first layer must not be above the second");
                    ok = false;
                }
                layerKey = from == to ? String.valueOf(from) : from + "-" + to;
            }
        }
        Set<Band> bands = EnumSet.noneOf(Band.class);
        List<String> bandNames = names(f.get("band"), "band");
        for (String name : bandNames) {
            Optional<Band> b = Band.fromId(name);
            if (b.isEmpty()) {
                problem(f.get("band"), "unknown band '" + name + "': use guarded, open or activated");
                ok = false;
            } else {
                bands.add(b.get());
            }
        }
        Set<Move> moves = EnumSet.noneOf(Move.class);
        List<String> afterNames = names(f.get("after"), "after");
        for (String name : afterNames) {
            if (name.equals(Move.EXPLORE_GROUP)) {
                moves.addAll(Move.explores());
            } else if (name.equals(Move.PUSH_GROUP)) {
                moves.addAll(Move.pushes());
            } else {
                Optional<Move> mv = Move.fromId(name);
                if (mv.isEmpty()) {
                    problem(
                            f.get("after"),
                            "unknown move '" + name + "': use emotive, reflect, repair, inquire, neutral, advise,"
                                    + " confront, reassure, deflect, or the groups explore and push");
                    ok = false;
                } else {
                    moves.add(mv.get());
                }
            }
        }
        if (!ok) {
            return null;
        }
        boolean single =
                afterNames.size() == 1 && Move.fromId(afterNames.get(0)).isPresent();
        String key = (layer == null ? "any" : "L" + layerKey)
                + "." + (bandNames.isEmpty() ? "any" : String.join("+", bandNames))
                + "." + (afterNames.isEmpty() ? "any" : String.join("+", afterNames));
        return new When(
                from, to, layer != null, bands, !bandNames.isEmpty(), moves, !afterNames.isEmpty(), single, key);
    }

    /** A single name or a list of names; empty when absent. */
    private List<String> names(Node node, String what) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (node instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                names.add(s.getValue().trim());
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
                    names.add(s.getValue().trim());
                } else {
                    problem(n, what + " lists must hold names only");
                }
            }
        } else {
            problem(node, what + " must be a name or a list of names");
        }
        if (names.isEmpty() && node != null) {
            problem(node, what + " is empty: leave it out to mean any");
        }
        return names.stream().distinct().collect(Collectors.toList());
    }

    private List<PersonaLine> lines(Node node, String what, String key) {
        List<PersonaLine> lines = new ArrayList<>();
        if (node == null) {
            return lines;
        }
        if (!(node instanceof SequenceNode seq)) {
            if (isNull(node)) {
                problem(node, what + " has no lines");
            } else {
                problem(node, what + " must be a list of '- say: ... cue: ...' lines");
            }
            return lines;
        }
        if (seq.getValue().isEmpty()) {
            problem(node, what + " has no lines");
        }
        int n = 0;
        for (Node item : seq.getValue()) {
            n++;
            Map<String, Node> f = fields(item, "a line of " + what, List.of("say", "cue"), Set.of());
            if (!(item instanceof MappingNode)) {
                continue;
            }
            String say = text(f.get("say"), "say");
            String cue = text(f.get("cue"), "cue");
            if (say != null && say.length() > MAX_SAY) {
                problem(f.get("say"), "say is " + say.length() + " characters long; keep it under " + MAX_SAY);
            }
            if (cue != null && cue.length() > MAX_CUE) {
                problem(f.get("cue"), "cue is " + cue.length() + " characters long; keep it under " + MAX_CUE);
            }
            String id = key + "#" + n;
            if (say != null && cue != null) {
                lines.add(new PersonaLine(id, say, cue));
            }
        }
        return lines;
    }

    private void checkCoverage(PersonaScript script, Node situationsNode) {
        List<String> gaps = new ArrayList<>();
        for (int layer = 0; layer <= 4; layer++) {
            for (Band band : Band.values()) {
                for (Move move : Move.values()) {
                    if (script.replies(layer, band, move).isEmpty()) {
                        gaps.add("layer " + layer + ", band " + band.id() + ", after " + move.id());
                    }
                }
            }
        }
        // A situation that always loses to a more specific one would hide its lines for good.
        java.util.Set<String> speaking = new java.util.HashSet<>();
        for (int layer = 0; layer <= 4; layer++) {
            for (Band band : Band.values()) {
                for (Move move : Move.values()) {
                    for (PersonaLine line : script.replies(layer, band, move)) {
                        speaking.add(line.id().substring(0, line.id().lastIndexOf('#')));
                    }
                }
            }
        }
        for (Situation situation : script.situations()) {
            boolean catchAll = !situation.when().layerGiven()
                    && !situation.when().bandGiven()
                    && !situation.when().afterGiven();
            if (!catchAll && !speaking.contains(situation.key())) {
                problems.add(new Problem(
                        file,
                        situation.line(),
                        "situation " + situation.key() + " never speaks: more specific situations cover every"
                                + " moment it matches (narrow or remove them, or widen this one)"));
            }
        }
        if (!gaps.isEmpty()) {
            problem(
                    situationsNode,
                    "no situation covers " + gaps.get(0)
                            + (gaps.size() > 1 ? " (and " + (gaps.size() - 1) + " more moments)" : "")
                            + ": widen a 'when' or add a catch-all 'when: {}'");
        }
    }

    private void checkReachable(Scenario scenario, Node tuningNode) {
        StyleRules rules = StyleRules.forScenario(scenario);
        for (Map.Entry<Integer, String> p : rules.unreachableLayers()) {
            Node at = tuningNode;
            if (tuningNode instanceof MappingNode) {
                Node layers = child(tuningNode, "layers");
                Node layer = layers == null ? null : child(layers, String.valueOf(p.getKey()));
                at = layer != null ? layer : tuningNode;
            }
            problem(at, p.getValue());
        }
        if (rules.activatedAt() <= rules.startActivation()) {
            problem(
                    tuningNode,
                    "activated-at (" + rules.activatedAt() + ") must be above start-activation ("
                            + rules.startActivation() + "), or the persona starts activated and no layer opens");
        }
    }

    private static Node child(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    // ---- generic helpers ---------------------------------------------------------------------

    private Map<String, Node> fields(Node node, String what, List<String> allowed, Set<String> optional) {
        return fields(node, what, allowed, optional, true);
    }

    /**
     * The keys of a mapping, reporting unknown, duplicate and (when asked) missing keys. Returns
     * what it could read even when there were problems, so later checks still run.
     */
    private Map<String, Node> fields(
            Node node, String what, List<String> allowed, Set<String> optional, boolean reportMissing) {
        Map<String, Node> found = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            if (node != null) {
                problem(node, what + " must be a mapping of keys (" + String.join(", ", allowed) + ")");
            }
            return found;
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), "keys in " + what + " must be plain names");
                continue;
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                problem(k, "unknown key '" + key + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
            } else if (found.containsKey(key)) {
                problem(k, "duplicate key '" + key + "' in " + what);
            } else {
                found.put(key, t.getValueNode());
            }
        }
        if (reportMissing) {
            for (String key : allowed) {
                if (!optional.contains(key) && !found.containsKey(key)) {
                    problem(node, "missing key '" + key + "' in " + what);
                }
            }
        }
        return found;
    }

    private String text(Node node, String what) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problem(node, what + " must be text, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty() || isNull(node)) {
            problem(node, what + " is empty");
            return null;
        }
        return v;
    }

    private Integer integer(Node node, String what, int min, int max) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problem(node, what + " must be a whole number");
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(s.getValue().trim());
        } catch (NumberFormatException e) {
            problem(node, what + " must be a whole number, was '" + s.getValue() + "'");
            return null;
        }
        if (n < min || n > max) {
            problem(node, what + " must be " + min + ".." + max + ", was " + n);
            return null;
        }
        return n;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private void problem(Node node, String message) {
        problems.add(new Problem(file, node == null ? 1 : line(node), message));
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The line of the top-level id key, for problems found across files; 1 if not found. */
    static int idLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("id:")) {
                return i + 1;
            }
        }
        return 1;
    }
}
