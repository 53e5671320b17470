package app.attune.core.practice;

import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.scenarios.persona.Closing;
import app.attune.scenarios.persona.PersonaState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How codes, signals, evidence, line ids and the persona state are written into plain columns. */
final class Codec {
    private Codec() {}

    static String codes(Set<MoveCode> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<MoveCode> codes(String text) {
        Set<MoveCode> set = EnumSet.noneOf(MoveCode.class);
        for (String part : split(text, ',')) {
            set.add(MoveCode.valueOf(part));
        }
        return set;
    }

    static String signals(Set<PersonaSignal> signals) {
        return signals.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<PersonaSignal> signals(String text) {
        Set<PersonaSignal> set = EnumSet.noneOf(PersonaSignal.class);
        for (String part : split(text, ',')) {
            set.add(PersonaSignal.valueOf(part));
        }
        return set;
    }

    /** One line per code: {@code CODE<tab>evidence}, line breaks in the evidence become spaces. */
    static String evidence(Map<MoveCode, String> evidence) {
        StringBuilder b = new StringBuilder();
        evidence.forEach((code, why) -> {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(code.name()).append('\t').append(why == null ? "" : why.replaceAll("[\\r\\n\\t]+", " "));
        });
        return b.toString();
    }

    static Map<MoveCode, String> evidence(String text) {
        Map<MoveCode, String> map = new EnumMap<>(MoveCode.class);
        for (String line : split(text, '\n')) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                map.put(MoveCode.valueOf(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return map;
    }

    static String lineIds(List<String> ids) {
        for (String id : ids) {
            if (id.indexOf(',') >= 0) {
                throw new IllegalArgumentException("a line id cannot contain a comma: " + id);
            }
        }
        return String.join(",", ids);
    }

    static List<String> lineIds(String text) {
        return split(text, ',');
    }

    static String ints(Collection<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> ints(String text) {
        return split(text, ',').stream().map(Integer::valueOf).toList();
    }

    static PersonaState state(AttemptRow a) {
        return new PersonaState(
                a.turnCount(),
                a.safety(),
                a.activation(),
                a.layer(),
                a.progress(),
                a.strain(),
                a.healing(),
                a.resistance(),
                a.rupture(),
                Closing.valueOf(a.closing()));
    }

    static PersonaState state(TurnRow t) {
        return new PersonaState(
                t.turnNo(),
                t.safety(),
                t.activation(),
                t.layer(),
                t.progress(),
                t.strain(),
                t.healing(),
                t.resistance(),
                t.rupture(),
                Closing.valueOf(t.closing()));
    }

    private static List<String> split(String text, char separator) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : text.split(java.util.regex.Pattern.quote(String.valueOf(separator)))) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
