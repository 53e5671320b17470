package app.attune.web.ui;

/** Counted nouns in plain English: "1 trainee", "2 trainees", "0 rows". */
public final class Plural {
    private Plural() {}

    /** The count and the noun, with an "s" unless the count is one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** The count and the singular or plural form given. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
