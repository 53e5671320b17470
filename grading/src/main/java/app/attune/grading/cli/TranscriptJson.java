package app.attune.grading.cli;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.ConversationTurn;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.grading.Transcript;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the transcript JSON format documented in docs/grading.md:
 *
 * <pre>
 * {"opening": "...", "openingSignals": ["resistance"],
 *  "turns": [{"trainee": "...", "persona": "...", "signals": ["withdrawal"], "layer": 1,
 *             "codes": ["OPEN_QUESTION"]}]}
 * </pre>
 *
 * Codes are optional: a turn without them is classified with the persona line before it. A missing
 * layer keeps the previous one.
 */
final class TranscriptJson {

    private final MoveClassifier classifier;

    TranscriptJson(MoveClassifier classifier) {
        this.classifier = classifier;
    }

    Transcript parse(JsonNode root) throws TranscriptFormatException {
        if (root == null || !root.isObject()) {
            throw new TranscriptFormatException("the file must hold one JSON object with \"turns\"");
        }
        String opening = optionalText(root, "opening", "opening");
        Set<PersonaSignal> openingSignals = signals(root.get("openingSignals"), "openingSignals");
        JsonNode turnsNode = root.get("turns");
        if (turnsNode == null || !turnsNode.isArray()) {
            throw new TranscriptFormatException("\"turns\" must be an array (it may be empty)");
        }
        List<ConversationTurn> turns = new ArrayList<>();
        String before = opening;
        int layer = 0;
        for (int i = 0; i < turnsNode.size(); i++) {
            JsonNode t = turnsNode.get(i);
            String where = "turns[" + i + "]";
            if (!t.isObject()) {
                throw new TranscriptFormatException(where + " must be an object");
            }
            JsonNode trainee = t.get("trainee");
            if (trainee == null || !trainee.isTextual()) {
                throw new TranscriptFormatException(where + ".trainee must be a string (what the trainee typed)");
            }
            String persona = optionalText(t, "persona", where + ".persona");
            Set<PersonaSignal> signals = signals(t.get("signals"), where + ".signals");
            layer = layer(t.get("layer"), layer, where + ".layer");
            ClassifiedMove move = t.has("codes")
                    ? givenMove(t.get("codes"), where + ".codes")
                    : classifier.classify(trainee.asText(), before);
            turns.add(new ConversationTurn(i + 1, trainee.asText(), move, persona, signals, layer));
            before = persona;
        }
        return new Transcript(opening, openingSignals, turns);
    }

    private static String optionalText(JsonNode node, String field, String where) throws TranscriptFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new TranscriptFormatException(where + " must be a string");
        }
        return v.asText();
    }

    private static int layer(JsonNode v, int previous, String where) throws TranscriptFormatException {
        if (v == null || v.isNull()) {
            return previous;
        }
        if (!v.isInt() || v.asInt() < 0 || v.asInt() > 4) {
            throw new TranscriptFormatException(where + " must be a whole number from 0 to 4, was " + v);
        }
        return v.asInt();
    }

    private static Set<PersonaSignal> signals(JsonNode v, String where) throws TranscriptFormatException {
        Set<PersonaSignal> out = EnumSet.noneOf(PersonaSignal.class);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new TranscriptFormatException(where + " must be an array of signal names");
        }
        for (JsonNode s : v) {
            try {
                out.add(PersonaSignal.valueOf(s.asText().trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new TranscriptFormatException(where + ": unknown signal '" + s.asText() + "' (use one of "
                        + Arrays.stream(PersonaSignal.values())
                                .map(PersonaSignal::id)
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
        return out;
    }

    private static ClassifiedMove givenMove(JsonNode v, String where) throws TranscriptFormatException {
        if (!v.isArray() || v.isEmpty()) {
            throw new TranscriptFormatException(where + " must be a non-empty array of move codes, or left out");
        }
        Map<MoveCode, String> evidence = new EnumMap<>(MoveCode.class);
        for (JsonNode c : v) {
            try {
                evidence.put(MoveCode.valueOf(c.asText().trim().toUpperCase(Locale.ROOT)), "given in the transcript");
            } catch (IllegalArgumentException e) {
                throw new TranscriptFormatException(where + ": unknown move code '" + c.asText() + "'");
            }
        }
        return new ClassifiedMove(evidence.keySet(), evidence);
    }
}
