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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

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
    private final NodeReader nodes;

    ScenarioParser(String file) {
        this.file = file;
        this.nodes = new NodeReader(file);
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
        if (root == null || NodeReader.isNull(root)) {
            return failed(1, "the file is empty");
        }
        if (!(root instanceof MappingNode map)) {
            return failed(NodeReader.line(root), "a scenario file must be a mapping of keys (id:, title:, ...)");
        }
        Scenario scenario = scenario(map);
        if (!nodes.problems().isEmpty()) {
            nodes.problems().sort(null);
            return new Checked(file, Optional.empty(), nodes.problems());
        }
        return new Checked(file, Optional.of(scenario), List.of());
    }

    private Checked failed(int line, String message) {
        return new Checked(file, Optional.empty(), List.of(new Problem(file, line, message)));
    }

    private Scenario scenario(MappingNode root) {
        Map<String, Node> f = nodes.fields(root, "the scenario", TOP, OPTIONAL_TOP);
        String id = nodes.text(f.get("id"), "id");
        Integer version = nodes.integer(f.get("version"), "version", 1, 1_000_000);
        String title = nodes.text(f.get("title"), "title");
        String setting = nodes.text(f.get("setting"), "setting");
        if (setting != null && !Settings.ALL.contains(setting)) {
            nodes.problem(
                    f.get("setting"),
                    "unknown setting '" + setting + "': use one of " + String.join(", ", Settings.ALL));
            setting = null;
        }
        Integer difficulty = nodes.integer(f.get("difficulty"), "difficulty", 1, 3);
        AttachmentStyle style = null;
        String styleText = nodes.text(f.get("style"), "style");
        if (styleText != null) {
            style = AttachmentStyle.fromId(styleText).orElse(null);
            if (style == null) {
                nodes.problem(
                        f.get("style"),
                        "bad style '" + styleText + "': use one of avoidant, anxious, disorganized, secure");
            }
        }
        checkId(f.get("id"), id, style);
        Persona persona = persona(f.get("persona"));
        String brief = nodes.text(f.get("brief"), "brief");
        String goal = nodes.text(f.get("goal"), "goal");
        Story story = story(f.get("story"));
        Tuning tuning = f.containsKey("tuning") ? tuning(f.get("tuning")) : Tuning.NONE;
        List<PersonaLine> opening = lines(f.get("opening"), "opening", "opening");
        List<PersonaLine> warm = List.of();
        List<PersonaLine> curt = List.of();
        Node closing = f.get("closing");
        if (closing != null) {
            Map<String, Node> c = nodes.fields(closing, "closing", List.of("warm", "curt"), Set.of());
            warm = lines(c.get("warm"), "closing.warm", "close-warm");
            curt = lines(c.get("curt"), "closing.curt", "close-curt");
        }
        Map<Integer, List<PersonaLine>> reveals = reveals(f.get("reveal"));
        List<Situation> situations = situations(f.get("situations"));
        if (!nodes.problems().isEmpty()) {
            return null;
        }
        PersonaScript script = new PersonaScript(opening, warm, curt, reveals, situations);
        ScriptChecks.coverage(script, f.get("situations"), nodes);
        ScriptChecks.everySituationSpeaks(script, nodes);
        Scenario scenario = new Scenario(
                id, version, title, setting, difficulty, style, persona, brief, goal, story, tuning, script, file);
        ScriptChecks.reachable(scenario, f.get("tuning"), nodes);
        return nodes.problems().isEmpty() ? scenario : null;
    }

    private void checkId(Node node, String id, AttachmentStyle style) {
        if (id == null) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            nodes.problem(node, "bad id '" + id + "': use <style>-<slug> in lower-case letters, digits and hyphens");
            return;
        }
        if (style != null && !id.startsWith(style.id() + "-")) {
            nodes.problem(node, "bad id '" + id + "': it must start with the style, '" + style.id() + "-'");
        }
        String base = baseName(file);
        if (base != null && !base.equals(id)) {
            nodes.problem(node, "id '" + id + "' does not match the file name '" + base + ".yaml'");
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
        Map<String, Node> f = nodes.fields(node, "persona", List.of("name", "role", "bio"), Set.of());
        return new Persona(
                nodes.text(f.get("name"), "persona.name"),
                nodes.text(f.get("role"), "persona.role"),
                nodes.text(f.get("bio"), "persona.bio"));
    }

    private Story story(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            nodes.problem(node, "story must be a mapping with surface, feelings, pattern and option");
            return null;
        }
        Map<String, Node> f = nodes.fields(map, "story", STORY, Set.of(), false);
        for (int i = 0; i < STORY.size(); i++) {
            if (!f.containsKey(STORY.get(i))) {
                nodes.problem(node, "story is missing layer " + (i + 1) + " '" + STORY.get(i) + "'");
            }
        }
        return new Story(
                nodes.text(f.get("surface"), "story.surface"),
                nodes.text(f.get("feelings"), "story.feelings"),
                nodes.text(f.get("pattern"), "story.pattern"),
                nodes.text(f.get("option"), "story.option"));
    }

    private Tuning tuning(Node node) {
        Map<String, Node> f = nodes.fields(
                node,
                "tuning",
                NodeReader.concat(new ArrayList<>(new TreeMap<>(Tuning.KEYS).keySet()), List.of("layers", "moves")),
                Set.copyOf(NodeReader.concat(new ArrayList<>(Tuning.KEYS.keySet()), List.of("layers", "moves"))));
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> key : new TreeMap<>(Tuning.KEYS).entrySet()) {
            Node v = f.get(key.getKey());
            if (v != null) {
                Integer n = nodes.integer(v, "tuning." + key.getKey(), key.getValue()[0], key.getValue()[1]);
                if (n != null) {
                    values.put(key.getKey(), n);
                }
            }
        }
        Node layers = f.get("layers");
        if (layers != null) {
            Map<String, Node> l =
                    nodes.fields(layers, "tuning.layers", List.of("1", "2", "3", "4"), Set.of("1", "2", "3", "4"));
            for (Map.Entry<String, Node> e : l.entrySet()) {
                String where = "tuning.layers." + e.getKey();
                Map<String, Node> need =
                        nodes.fields(e.getValue(), where, List.of("safety", "turns"), Set.of("safety", "turns"));
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
            Map<String, Node> m = nodes.fields(moves, "tuning.moves", names, Set.copyOf(names));
            for (Map.Entry<String, Node> e : m.entrySet()) {
                String where = "tuning.moves." + e.getKey();
                Map<String, Node> eff = nodes.fields(
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
            Integer n = nodes.integer(node, what, min, max);
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
        Map<String, Node> f = nodes.fields(node, "reveal", List.of("1", "2", "3", "4"), Set.of("1", "2", "3", "4"));
        if (!(node instanceof MappingNode)) {
            return reveals;
        }
        for (int layer = 1; layer <= 4; layer++) {
            Node lines = f.get(String.valueOf(layer));
            if (lines == null) {
                nodes.problem(
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
            nodes.problem(node, "situations must be a list of '- when: ... lines: ...' entries");
            return situations;
        }
        if (seq.getValue().isEmpty()) {
            nodes.problem(node, "situations is empty: add at least a catch-all 'when: {}' with lines");
        }
        Map<String, Integer> keys = new HashMap<>();
        for (Node item : seq.getValue()) {
            Map<String, Node> f = nodes.fields(item, "a situation", List.of("when", "lines"), Set.of());
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
            Integer earlier = keys.putIfAbsent(moment, NodeReader.line(item));
            if (earlier == null) {
                earlier = keys.putIfAbsent(when.key(), NodeReader.line(item));
            }
            if (earlier != null) {
                nodes.problem(
                        item,
                        "duplicate situation '" + when.key() + "': the same 'when' is already used at line " + earlier);
                continue;
            }
            List<PersonaLine> lines = lines(f.get("lines"), "situation " + when.key(), when.key());
            if (!lines.isEmpty()) {
                situations.add(new Situation(when, lines, NodeReader.line(item)));
            }
        }
        return situations;
    }

    private When when(Node node) {
        if (!(node instanceof MappingNode)) {
            nodes.problem(node, "'when' must be a mapping like {layer: 0-1, band: guarded, after: push} ({} for any)");
            return null;
        }
        Map<String, Node> f =
                nodes.fields(node, "when", List.of("layer", "band", "after"), Set.of("layer", "band", "after"));
        int from = 0;
        int to = 4;
        String layerKey = "any";
        boolean ok = true;
        Node layer = f.get("layer");
        if (layer != null) {
            String v = layer instanceof ScalarNode s ? s.getValue().trim() : "";
            Matcher m = LAYER.matcher(v);
            if (!m.matches()) {
                nodes.problem(layer, "bad layer '" + v + "': use a layer 0..4 or a range like 0-1");
                ok = false;
            } else {
                from = Integer.parseInt(m.group(1));
                to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                if (from > to) {
                    nodes.problem(layer, "bad layer range '" + v + "': the first layer must not be above the second");
                    ok = false;
                }
                layerKey = from == to ? String.valueOf(from) : from + "-" + to;
            }
        }
        Set<Band> bands = EnumSet.noneOf(Band.class);
        List<String> bandNames = nodes.names(f.get("band"), "band");
        for (String name : bandNames) {
            Optional<Band> b = Band.fromId(name);
            if (b.isEmpty()) {
                nodes.problem(f.get("band"), "unknown band '" + name + "': use guarded, open or activated");
                ok = false;
            } else {
                bands.add(b.get());
            }
        }
        Set<Move> moves = EnumSet.noneOf(Move.class);
        List<String> afterNames = nodes.names(f.get("after"), "after");
        for (String name : afterNames) {
            if (name.equals(Move.EXPLORE_GROUP)) {
                moves.addAll(Move.explores());
            } else if (name.equals(Move.PUSH_GROUP)) {
                moves.addAll(Move.pushes());
            } else {
                Optional<Move> mv = Move.fromId(name);
                if (mv.isEmpty()) {
                    nodes.problem(
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

    private List<PersonaLine> lines(Node node, String what, String key) {
        List<PersonaLine> lines = new ArrayList<>();
        if (node == null) {
            return lines;
        }
        if (!(node instanceof SequenceNode seq)) {
            if (NodeReader.isNull(node)) {
                nodes.problem(node, what + " has no lines");
            } else {
                nodes.problem(node, what + " must be a list of '- say: ... cue: ...' lines");
            }
            return lines;
        }
        if (seq.getValue().isEmpty()) {
            nodes.problem(node, what + " has no lines");
        }
        int n = 0;
        for (Node item : seq.getValue()) {
            n++;
            Map<String, Node> f = nodes.fields(item, "a line of " + what, List.of("say", "cue"), Set.of());
            if (!(item instanceof MappingNode)) {
                continue;
            }
            String say = nodes.text(f.get("say"), "say");
            String cue = nodes.text(f.get("cue"), "cue");
            if (say != null && say.length() > MAX_SAY) {
                nodes.problem(f.get("say"), "say is " + say.length() + " characters long; keep it under " + MAX_SAY);
            }
            if (cue != null && cue.length() > MAX_CUE) {
                nodes.problem(f.get("cue"), "cue is " + cue.length() + " characters long; keep it under " + MAX_CUE);
            }
            String id = key + "#" + n;
            if (say != null && cue != null) {
                lines.add(new PersonaLine(id, say, cue));
            }
        }
        return lines;
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
