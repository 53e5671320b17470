package app.attune.grading;

/**
 * The fixed coaching-move codes (see shared/product/coaching-moves.md). The names are a public
 * contract: the grader, the persona engine, the report, the database and the command line all use
 * exactly these.
 */
public enum MoveCode {
    OPEN_QUESTION(MoveFamily.EXPLORE),
    CLOSED_QUESTION(MoveFamily.NEUTRAL),
    EMOTIVE(MoveFamily.EXPLORE),
    REFLECTION_SIMPLE(MoveFamily.EXPLORE),
    REFLECTION_COMPLEX(MoveFamily.EXPLORE),
    AFFIRM(MoveFamily.EXPLORE),
    VALIDATE(MoveFamily.EXPLORE),
    AUTONOMY(MoveFamily.EXPLORE),
    PROCESS(MoveFamily.EXPLORE),
    REPAIR(MoveFamily.EXPLORE),
    INFORM(MoveFamily.NEUTRAL),
    ADVISE(MoveFamily.PUSH),
    CONFRONT(MoveFamily.PUSH),
    REASSURE(MoveFamily.PUSH),
    DEFLECT(MoveFamily.PUSH),
    OTHER(MoveFamily.NEUTRAL);

    private final MoveFamily family;

    MoveCode(MoveFamily family) {
        this.family = family;
    }

    public MoveFamily family() {
        return family;
    }

    public boolean isQuestion() {
        return this == OPEN_QUESTION || this == CLOSED_QUESTION;
    }

    public boolean isReflection() {
        return this == REFLECTION_SIMPLE || this == REFLECTION_COMPLEX;
    }
}
