package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.HeldOutSets;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of thumb hold for every output, over our held-out sentences each paired with several
 * client lines, plus lower-cased, punctuation-free and doubled variants of them.
 */
class RulesOfThumbTest {

    private static final MoveClassifier CLASSIFIER = MoveClassifier.standard();
    private static final Set<MoveCode> CARRIERS = EnumSet.of(
            MoveCode.OPEN_QUESTION,
            MoveCode.CLOSED_QUESTION,
            MoveCode.REFLECTION_SIMPLE,
            MoveCode.REFLECTION_COMPLEX,
            MoveCode.VALIDATE,
            MoveCode.PROCESS);
    private static final List<String> CLIENT_LINES = List.of(
            "",
            "I'm so anxious about the restructure I can't sleep.",
            "Can you just tell me what to do?",
            "It's fine. Whatever.",
            "We moved the launch to March.");

    static List<String[]> utterances() {
        List<String> texts = new ArrayList<>();
        for (HeldOutSets.Item item : HeldOutSets.loadAll()) {
            String t = item.text();
            texts.add(t);
            texts.add(t.toLowerCase(Locale.ROOT).replaceAll("[?.!,']", ""));
            texts.add(t + " " + t);
        }
        List<String[]> out = new ArrayList<>();
        for (String t : texts) {
            for (String c : CLIENT_LINES) {
                out.add(new String[] {t, c});
            }
        }
        return out;
    }

    @Test
    void every_output_follows_the_rules_of_thumb() {
        List<String> violations = new ArrayList<>();
        for (String[] pair : utterances()) {
            ClassifiedMove move = CLASSIFIER.classify(pair[0], pair[1]);
            String broken = brokenRule(move);
            if (broken != null) {
                violations.add(broken + ": '" + pair[0] + "' after '" + pair[1] + "' -> " + move.codes());
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The first rule of thumb the move breaks, or null. */
    static String brokenRule(ClassifiedMove move) {
        Set<MoveCode> codes = move.codes();
        if (codes.isEmpty()) {
            return "no code";
        }
        if (codes.stream().filter(MoveCode::isQuestion).count() > 1) {
            return "two question codes";
        }
        if (codes.stream().filter(MoveCode::isReflection).count() > 1) {
            return "two reflection codes";
        }
        if (codes.contains(MoveCode.EMOTIVE) && codes.stream().noneMatch(CARRIERS::contains)) {
            return "EMOTIVE without a carrier";
        }
        if (codes.contains(MoveCode.AUTONOMY) && codes.contains(MoveCode.ADVISE)) {
            return "AUTONOMY with ADVISE";
        }
        if (!move.evidence().keySet().equals(codes)) {
            return "a code without evidence";
        }
        return null;
    }
}
