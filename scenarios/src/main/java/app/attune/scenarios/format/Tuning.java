package app.attune.scenarios.format;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scenario's overrides of its style's default rules, as flat keys ("start-safety",
 * "layers.2.safety", "moves.emotive.strain") to whole numbers. Flat keys keep the file format, the
 * validator and the rule builder in step with one list of names (see {@link #KEYS}).
 */
public record Tuning(Map<String, Integer> values) {

    public static final Tuning NONE = new Tuning(Map.of());

    /** Top-level tuning keys that take one number, with their allowed range. */
    public static final Map<String, int[]> KEYS = Map.of(
            "start-safety", new int[] {0, 100},
            "start-activation", new int[] {0, 100},
            "open-at", new int[] {1, 100},
            "activated-at", new int[] {1, 100},
            "reveal-activation", new int[] {0, 50},
            "rupture-after", new int[] {1, 10},
            "close-curt-after", new int[] {1, 20},
            "close-warm-after", new int[] {1, 10},
            "max-turns", new int[] {5, 200},
            "repair-bonus", new int[] {0, 50});

    public Tuning {
        values = Map.copyOf(new TreeMap<>(values));
    }

    public Optional<Integer> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
