package app.attune.scenarios.testing;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A classifier for engine tests that reads the move from a prefix ("emotive: how was that?"), so
 * rule tests do not depend on the real classifier's wording rules.
 */
public final class FakeClassifier implements MoveClassifier {

    private static final Map<String, Set<MoveCode>> PREFIXES = Map.of(
            "emotive", EnumSet.of(MoveCode.OPEN_QUESTION, MoveCode.EMOTIVE),
            "reflect", EnumSet.of(MoveCode.REFLECTION_COMPLEX),
            "ask", EnumSet.of(MoveCode.OPEN_QUESTION),
            "closed", EnumSet.of(MoveCode.CLOSED_QUESTION),
            "advise", EnumSet.of(MoveCode.ADVISE),
            "confront", EnumSet.of(MoveCode.CONFRONT),
            "reassure", EnumSet.of(MoveCode.REASSURE),
            "deflect", EnumSet.of(MoveCode.DEFLECT),
            "repair", EnumSet.of(MoveCode.REPAIR));

    @Override
    public ClassifiedMove classify(String utterance, String previousPersonaLine) {
        int colon = utterance.indexOf(':');
        if (colon > 0) {
            Set<MoveCode> codes = PREFIXES.get(utterance.substring(0, colon));
            if (codes != null) {
                return new ClassifiedMove(codes, Map.of());
            }
        }
        return ClassifiedMove.other("fake");
    }
}
