package app.attune.scenarios.format;

import java.util.Objects;

/**
 * One validated scenario. {@code version} is stored with every attempt: line ids and rules are
 * only comparable within one version.
 *
 * @param source where it was loaded from (file name or classpath resource), for messages
 */
public record Scenario(
        String id,
        int version,
        String title,
        String setting,
        int difficulty,
        AttachmentStyle style,
        Persona persona,
        String brief,
        String goal,
        Story story,
        Tuning tuning,
        PersonaScript script,
        String source) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(script, "script");
        tuning = tuning == null ? Tuning.NONE : tuning;
        if (difficulty < 1 || difficulty > 3) {
            throw new IllegalArgumentException("difficulty must be 1..3, was " + difficulty);
        }
    }
}
