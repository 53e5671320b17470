package app.attune.web.ui.practice;

import app.attune.grading.MoveCode;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.ResistanceOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How practice terms read on screen: styles, difficulty, story layers, move codes, signals, dates. */
final class Words {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private Words() {}

    static String style(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    static String difficulty(int level) {
        String word =
                switch (level) {
                    case 1 -> "Gentle";
                    case 2 -> "Moderate";
                    default -> "Hard";
                };
        return word + " (" + level + " of 3)";
    }

    static String setting(String setting) {
        return style(setting);
    }

    /** The story layer a persona reached: 0 nothing yet .. 4 a new option. */
    static String layer(int layer) {
        return switch (layer) {
            case 0 -> "nothing opened yet";
            case 1 -> "the surface problem";
            case 2 -> "the feelings under it";
            case 3 -> "the pattern and where it comes from";
            default -> "a new option";
        };
    }

    static String code(MoveCode code) {
        return switch (code) {
            case OPEN_QUESTION -> "open question";
            case CLOSED_QUESTION -> "closed question";
            case EMOTIVE -> "emotive";
            case REFLECTION_SIMPLE -> "simple reflection";
            case REFLECTION_COMPLEX -> "complex reflection";
            case AFFIRM -> "affirm";
            case VALIDATE -> "validate";
            case AUTONOMY -> "autonomy";
            case PROCESS -> "process";
            case REPAIR -> "repair";
            case INFORM -> "inform";
            case ADVISE -> "advise";
            case CONFRONT -> "confront";
            case REASSURE -> "reassure";
            case DEFLECT -> "deflect";
            case OTHER -> "other";
        };
    }

    static String codes(Collection<MoveCode> codes) {
        return codes.stream().map(Words::code).collect(Collectors.joining(", "));
    }

    /** A signal as it reads after "Martin showed ...". */
    static String signal(PersonaSignal signal) {
        return switch (signal) {
            case RESISTANCE -> "resistance";
            case WITHDRAWAL -> "withdrawal";
            case ESCALATION -> "escalation";
            case FREEZE -> "freezing up";
            case RUPTURE -> "a rupture";
            case DISCLOSURE -> "openness";
        };
    }

    /** The label on a resisting reply: "Resistance", or the kinds when there is more to say. */
    static String resistanceLabel(Collection<PersonaSignal> signals) {
        java.util.List<PersonaSignal> kinds = signals.stream()
                .filter(s -> s != PersonaSignal.RESISTANCE && s != PersonaSignal.DISCLOSURE)
                .toList();
        if (kinds.isEmpty()) {
            return "Resistance";
        }
        String list = signals(kinds);
        return "Resistance: " + list;
    }

    static String signals(Collection<PersonaSignal> signals) {
        java.util.List<String> words = signals.stream().map(Words::signal).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    static String stance(MoveStance stance) {
        return switch (stance) {
            case EXPLORE -> "explored";
            case NEUTRAL -> "neither explored nor pushed";
            case PUSH -> "pushed";
        };
    }

    static String outcome(ResistanceOutcome outcome) {
        return switch (outcome) {
            case EXPLORED -> "you explored it";
            case NEITHER -> "you neither explored nor pushed";
            case PUSHED -> "you pushed past it";
            case NO_RESPONSE -> "the conversation ended before you answered";
        };
    }

    static String dayTime(Instant when, ZoneId zone) {
        return DAY_TIME.format(when.atZone(zone));
    }

    static String day(Instant when, ZoneId zone) {
        return DAY.format(when.atZone(zone));
    }
}
