package app.attune.scenarios.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of YAML nodes and collects a {@link Problem} (with the node's line) for
 * everything that is not what the format expects, instead of throwing: one round of fixes should
 * be enough for a writer.
 */
final class NodeReader {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    NodeReader(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** A problem at a line when no node is at hand. */
    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    /** A single name or a list of names; empty when absent. */
    List<String> names(Node node, String what) {
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

    Map<String, Node> fields(Node node, String what, List<String> allowed, Set<String> optional) {
        return fields(node, what, allowed, optional, true);
    }

    /**
     * The keys of a mapping, reporting unknown, duplicate and (when asked) missing keys. Returns
     * what it could read even when there were problems, so later checks still run.
     */
    Map<String, Node> fields(
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

    String text(Node node, String what) {
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

    Integer integer(Node node, String what, int min, int max) {
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

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    void problem(Node node, String message) {
        problems.add(new Problem(file, node == null ? 1 : line(node), message));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
