package app.attune.grading.feedback;

import java.util.List;

/** Picks one of several phrasings deterministically from a seed, so a report never flickers. */
final class Variants {

    private Variants() {}

    static String pick(List<String> options, long seed) {
        return options.get((int) Math.floorMod(seed, (long) options.size()));
    }

    static long seedOf(String... parts) {
        long h = 1125899906842597L;
        for (String p : parts) {
            String s = p == null ? "" : p;
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
        }
        return h;
    }
}
