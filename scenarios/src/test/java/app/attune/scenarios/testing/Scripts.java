package app.attune.scenarios.testing;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Generic trainee scripts that work for any scenario: each takes the persona's last line and the
 * turn number and says the next trainee line. The exploring one borrows words from the persona's
 * last line, as a listening coach would.
 */
public final class Scripts {

    private Scripts() {}

    /** A trainee strategy: (persona's last line, turn number from 1) to the trainee's next line. */
    public interface Script extends BiFunction<String, Integer, String> {}

    /** Patient emotive questions and reflections built from the persona's own words. */
    public static final Script EXPLORING = (last, turn) -> {
        String p = phrase(last);
        return switch (turn % 6) {
            case 1 -> "How do you feel when you talk about " + p + "?";
            case 2 -> "It sounds like " + p + " has been weighing on you.";
            case 3 -> "What is that like for you, inside?";
            case 4 -> "So part of you feels alone with " + p + ".";
            case 5 -> "What comes up for you as you say that?";
            default -> "It sounds as if that hurt more than you let on.";
        };
    };

    /**
     * Exploring, with a minimal encourager every third turn. (A factual question in that place
     * would be a deflection by the grader's rules, right after the persona said something felt.)
     */
    public static final Script MIXED = (last, turn) -> turn % 3 == 0 ? "Mm-hm." : EXPLORING.apply(last, turn);

    /** Exploring, one piece of unasked-for advice at turn 3, then a repair at turn 4. */
    public static final Script REPAIRING = (last, turn) -> switch (turn) {
        case 3 -> "You should just delegate it and move on.";
        case 4 -> "I'm sorry, I jumped to solutions there. Can we go back to what you were saying?";
        default -> EXPLORING.apply(last, turn);
    };

    /** Premature reassurance, whatever the persona says. */
    public static final Script REASSURING = (last, turn) -> Scripts.COMFORTS.get((turn - 1) % Scripts.COMFORTS.size());

    public static final List<String> COMFORTS = List.of(
            "Don't worry, it'll be fine.",
            "Everyone feels like that, it's no big deal.",
            "I'm sure you're doing a great job.",
            "It's not as bad as you think.");

    /** Advice and confrontation, whatever the persona says. */
    public static final Script PUSHING = (last, turn) -> Scripts.PUSHES.get((turn - 1) % Scripts.PUSHES.size());

    public static final List<String> PUSHES = List.of(
            "You should just tell them what you expect.",
            "Honestly, that sounds like an excuse.",
            "Have you tried setting clearer deadlines?",
            "Why don't you just delegate it and move on?",
            "You need to stop overthinking this.",
            "That's not a good reason to avoid it.");

    /** Polite, factual, and steering away from anything felt. */
    public static final Script AVOIDING = (last, turn) -> Scripts.AVOIDS.get((turn - 1) % Scripts.AVOIDS.size());

    public static final List<String> AVOIDS = List.of(
            "Thanks. How many people are in your team?",
            "OK. When is the next deadline?",
            "Right. Let's look at the timeline for next week.",
            "Did you send the email already?",
            "Good. What's on the agenda for Monday?",
            "Is that on Tuesday or Wednesday?");

    /**
     * A few words from the persona's line, with pronouns turned around, e.g. "My deputy resigned
     * last Tuesday" gives "your deputy resigned last tuesday".
     */
    static String phrase(String line) {
        String[] clauses = line.split("[.?!;:,]");
        String best = "";
        for (String c : clauses) {
            String t = c.strip();
            if (t.split("\\s+").length >= 3 && t.length() > best.length()) {
                best = t;
            }
        }
        if (best.isEmpty()) {
            return "all of this";
        }
        String[] words =
                best.toLowerCase(Locale.ROOT).replaceAll("[^a-z' -]", "").split("\\s+");
        StringBuilder out = new StringBuilder();
        int from = Math.max(0, words.length - 6);
        for (int i = from; i < words.length; i++) {
            String w =
                    switch (words[i]) {
                        case "i", "me" -> "you";
                        case "my" -> "your";
                        case "i'm" -> "you're";
                        case "i've" -> "you've";
                        case "myself" -> "yourself";
                        case "am" -> "are";
                        case "you" -> "me";
                        case "your" -> "my";
                        default -> words[i];
                    };
            if (!w.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.isEmpty() ? "all of this" : out.toString();
    }
}
