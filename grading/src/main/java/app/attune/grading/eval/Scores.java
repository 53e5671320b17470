package app.attune.grading.eval;

import app.attune.grading.MoveCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-code precision, recall and F1 over a multi-label corpus, macro-F1 over the codes that occur,
 * and Cohen's kappa for the question type (open, closed or no question: one label per utterance,
 * since the rules allow at most one question code).
 */
final class Scores {

    record CodeScore(MoveCode code, int truePositives, int falsePositives, int falseNegatives) {
        int support() {
            return truePositives + falseNegatives;
        }

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? (support() == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        double recall() {
            return support() == 0 ? 1 : (double) truePositives / support();
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<MoveCode, int[]> counts = new EnumMap<>(MoveCode.class);
    private final int[][] questionTable = new int[3][3];
    private int items;

    void add(Set<MoveCode> gold, Set<MoveCode> predicted) {
        items++;
        for (MoveCode c : MoveCode.values()) {
            int[] k = counts.computeIfAbsent(c, x -> new int[3]);
            boolean g = gold.contains(c);
            boolean p = predicted.contains(c);
            if (g && p) {
                k[0]++;
            } else if (p) {
                k[1]++;
            } else if (g) {
                k[2]++;
            }
        }
        questionTable[questionType(gold)][questionType(predicted)]++;
    }

    private static int questionType(Set<MoveCode> codes) {
        return codes.contains(MoveCode.OPEN_QUESTION) ? 0 : codes.contains(MoveCode.CLOSED_QUESTION) ? 1 : 2;
    }

    int items() {
        return items;
    }

    CodeScore score(MoveCode c) {
        int[] k = counts.getOrDefault(c, new int[3]);
        return new CodeScore(c, k[0], k[1], k[2]);
    }

    double macroF1() {
        double sum = 0;
        int n = 0;
        for (MoveCode c : MoveCode.values()) {
            CodeScore s = score(c);
            if (s.support() > 0) {
                sum += s.f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Cohen's kappa between gold and predicted question type (open / closed / none). */
    double questionKappa() {
        if (items == 0) {
            return 0;
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            observed += questionTable[i][i];
            int row = 0;
            int col = 0;
            for (int j = 0; j < 3; j++) {
                row += questionTable[i][j];
                col += questionTable[j][i];
            }
            expected += (double) row * col / items;
        }
        observed /= items;
        expected /= items;
        return expected == 1 ? 1 : (observed - expected) / (1 - expected);
    }
}
