package app.attune.scenarios.format;

import java.util.Objects;

/**
 * One thing the persona can say, with the manner cue the UI shows beside it. The id
 * ("situation-key#n") is stable within a scenario version, so stored turns can name the line.
 */
public record PersonaLine(String id, String text, String cue) {

    public PersonaLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        cue = cue == null ? "" : cue;
    }
}
