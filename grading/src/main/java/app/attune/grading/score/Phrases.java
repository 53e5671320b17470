package app.attune.grading.score;

import java.util.List;

/** Small helpers for explanation sentences. */
final class Phrases {

    private Phrases() {}

    static String turns(List<Integer> turns) {
        if (turns.isEmpty()) {
            return "";
        }
        if (turns.size() == 1) {
            return "turn " + turns.get(0);
        }
        StringBuilder b = new StringBuilder("turns ");
        for (int i = 0; i < turns.size(); i++) {
            if (i > 0) {
                b.append(i == turns.size() - 1 ? " and " : ", ");
            }
            b.append(turns.get(i));
        }
        return b.toString();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
