package app.attune.scenarios.format;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the trainee just did, reduced from the grader's multi-label codes to the one name a
 * scenario file and the persona rules use. Pushes are checked first so that a move the grader
 * counts as a push can never be treated as exploring (pushing never unlocks a layer).
 */
public enum Move {
    EMOTIVE,
    REFLECT,
    REPAIR,
    INQUIRE,
    NEUTRAL,
    ADVISE,
    CONFRONT,
    REASSURE,
    DEFLECT;

    /** Group name in files: any exploring move. */
    public static final String EXPLORE_GROUP = "explore";
    /** Group name in files: any push. */
    public static final String PUSH_GROUP = "push";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPush() {
        return this == ADVISE || this == CONFRONT || this == REASSURE || this == DEFLECT;
    }

    public boolean isExplore() {
        return this == EMOTIVE || this == REFLECT || this == REPAIR || this == INQUIRE;
    }

    public static Set<Move> explores() {
        return EnumSet.of(EMOTIVE, REFLECT, REPAIR, INQUIRE);
    }

    public static Set<Move> pushes() {
        return EnumSet.of(ADVISE, CONFRONT, REASSURE, DEFLECT);
    }

    public static Optional<Move> fromId(String id) {
        for (Move m : values()) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The one move name for a classified utterance (order documented in docs/scenario-format.md). */
    public static Move of(ClassifiedMove move) {
        if (move.has(MoveCode.CONFRONT)) {
            return CONFRONT;
        }
        if (move.has(MoveCode.ADVISE)) {
            return ADVISE;
        }
        if (move.has(MoveCode.DEFLECT)) {
            return DEFLECT;
        }
        if (move.has(MoveCode.REASSURE)) {
            return REASSURE;
        }
        if (move.has(MoveCode.REPAIR)) {
            return REPAIR;
        }
        if (move.has(MoveCode.EMOTIVE)) {
            return EMOTIVE;
        }
        if (move.has(MoveCode.REFLECTION_COMPLEX) || move.has(MoveCode.REFLECTION_SIMPLE)) {
            return REFLECT;
        }
        if (move.has(MoveCode.OPEN_QUESTION)
                || move.has(MoveCode.AFFIRM)
                || move.has(MoveCode.VALIDATE)
                || move.has(MoveCode.AUTONOMY)
                || move.has(MoveCode.PROCESS)) {
            return INQUIRE;
        }
        return NEUTRAL;
    }
}
