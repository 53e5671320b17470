package app.attune.grading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The codes one trainee utterance received, each with the evidence that triggered it (the words or
 * pattern), so a report can show why.
 */
public record ClassifiedMove(Set<MoveCode> codes, Map<MoveCode, String> evidence) {

    public ClassifiedMove {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a classified move needs at least one code");
        }
        codes = Collections.unmodifiableSet(EnumSet.copyOf(codes));
        EnumMap<MoveCode, String> copy = new EnumMap<>(MoveCode.class);
        if (evidence != null) {
            copy.putAll(evidence);
        }
        evidence = Collections.unmodifiableMap(copy);
    }

    public static ClassifiedMove other(String why) {
        return new ClassifiedMove(EnumSet.of(MoveCode.OTHER), Map.of(MoveCode.OTHER, why));
    }

    public boolean has(MoveCode code) {
        return codes.contains(code);
    }

    /** A move that pushes past the client's experience (advice, confrontation, reassurance, deflection). */
    public boolean isPush() {
        return codes.stream().anyMatch(c -> c.family() == MoveFamily.PUSH);
    }

    /** A move that explores and does not push at the same time. */
    public boolean isExplore() {
        return !isPush() && codes.stream().anyMatch(c -> c.family() == MoveFamily.EXPLORE);
    }
}
