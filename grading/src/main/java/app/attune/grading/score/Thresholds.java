package app.attune.grading.score;

/**
 * Every number the scorer uses, in one place, mirrored in docs/grading.md. Change both together.
 */
final class Thresholds {

    private Thresholds() {}

    /** Share of questions and reflections that are emotive. Attune's own anchors (no MITI code). */
    static final Curve EMOTIVE_SHARE = Curve.of(0, 0, 0.25, 40, 0.40, 60, 0.60, 80, 1.0, 100);

    /** Open questions / all questions: MITI 3 beginning proficiency 50%, competency 70%. */
    static final Curve OPEN_SHARE = Curve.of(0, 0, 0.50, 40, 0.70, 60, 0.85, 80, 1.0, 100);

    /** Reflections per question: MITI 4.2.1 fair 1:1, good 2:1. */
    static final Curve REFLECTION_RATIO = Curve.of(0, 0, 1.0, 40, 2.0, 60, 3.0, 80, 4.0, 100);

    /** Complex reflections / all reflections: MITI 4.2.1 fair 40%, good 50%. */
    static final Curve COMPLEX_SHARE = Curve.of(0, 0, 0.40, 40, 0.50, 60, 0.65, 80, 1.0, 100);

    /** Weight of the ratio (rest: complex share) in reflective listening. */
    static final double RATIO_WEIGHT = 0.6;

    /** Push turns per 10 trainee turns. */
    static final Curve PUSH_RATE = Curve.of(0, 100, 1, 80, 2, 60, 3.5, 40, 6, 0);

    /** Credit for the next move after resistance: explore, neither, push. */
    static final double EXPLORED = 1.0;

    static final double NEITHER = 0.4;
    static final double PUSHED = 0.0;

    /** Credit for repairing a rupture in the first or second turn after it. */
    static final double REPAIRED_AT_ONCE = 1.0;

    static final double REPAIRED_SECOND_TURN = 0.75;

    /** Score for a skill with no opportunity in this session (left out of the overall). */
    static final int NOT_OBSERVED = 50;

    /** Depth: score per deepest layer reached, 0..4. */
    static final int[] DEPTH = {0, 25, 50, 75, 100};
}
