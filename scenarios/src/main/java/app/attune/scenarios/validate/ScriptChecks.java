package app.attune.scenarios.validate;

import app.attune.scenarios.format.Band;
import app.attune.scenarios.format.Move;
import app.attune.scenarios.format.PersonaLine;
import app.attune.scenarios.format.PersonaScript;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.format.Situation;
import app.attune.scenarios.persona.StyleRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Checks that need the whole scenario, not one node: every moment has something to say, every
 * situation gets to speak, every layer can be reached under the scenario's rules.
 */
final class ScriptChecks {

    private ScriptChecks() {}

    static void coverage(PersonaScript script, Node situationsNode, NodeReader nodes) {
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
        if (!gaps.isEmpty()) {
            nodes.problem(
                    situationsNode,
                    "no situation covers " + gaps.get(0)
                            + (gaps.size() > 1 ? " (and " + (gaps.size() - 1) + " more moments)" : "")
                            + ": widen a 'when' or add a catch-all 'when: {}'");
        }
    }

    static void reachable(Scenario scenario, Node tuningNode, NodeReader nodes) {
        StyleRules rules = StyleRules.forScenario(scenario);
        for (Map.Entry<Integer, String> p : rules.unreachableLayers()) {
            Node at = tuningNode;
            if (tuningNode instanceof MappingNode) {
                Node layers = child(tuningNode, "layers");
                Node layer = layers == null ? null : child(layers, String.valueOf(p.getKey()));
                at = layer != null ? layer : tuningNode;
            }
            nodes.problem(at, p.getValue());
        }
        if (rules.activatedAt() <= rules.startActivation()) {
            nodes.problem(
                    tuningNode,
                    "activated-at (" + rules.activatedAt() + ") must be above start-activation ("
                            + rules.startActivation() + "), or the persona starts activated and no layer opens");
        }
        if (rules.ruptureAfter() > rules.closeCurtAfter()) {
            nodes.problem(
                    tuningNode,
                    "rupture-after (" + rules.ruptureAfter() + ") must not be above close-curt-after ("
                            + rules.closeCurtAfter() + "): the persona would leave before a rupture could open,"
                            + " so repair could never be practised");
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

    /** A situation that always loses to a more specific one would hide its lines for good. */
    static void everySituationSpeaks(PersonaScript script, NodeReader nodes) {
        Set<String> speaking = new HashSet<>();
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
                nodes.problem(
                        situation.line(),
                        "situation " + situation.key() + " never speaks: more specific situations cover every"
                                + " moment it matches (narrow or remove them, or widen this one)");
            }
        }
    }
}
