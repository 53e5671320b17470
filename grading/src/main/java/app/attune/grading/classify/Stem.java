package app.attune.grading.classify;

/**
 * A deliberately light suffix stripper: enough to treat "worried/worrying/worries" or
 * "tightness/tight" as one word when comparing a reflection with the client's line. Both sides go
 * through the same function, so its crudeness cancels out.
 */
final class Stem {

    private Stem() {}

    static String of(String w) {
        if (w.length() <= 3) {
            return w;
        }
        String s = w;
        if (s.endsWith("iness")) {
            s = s.substring(0, s.length() - 5) + "y";
        } else if (s.endsWith("ness")) {
            s = s.substring(0, s.length() - 4);
        } else if (s.endsWith("ied") || s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ly") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiousl".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1); // "upsetting" -> "upsett" -> "upset"
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
