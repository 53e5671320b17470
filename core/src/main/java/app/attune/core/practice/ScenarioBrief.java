package app.attune.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * What a trainee reads before a conversation: who the client is, the situation, and what the
 * conversation is for. {@code style} is empty when it is not revealed (an assignment may hide it).
 */
public record ScenarioBrief(
        String scenarioId,
        int version,
        String title,
        String setting,
        int difficulty,
        Optional<String> style,
        String personaName,
        String personaRole,
        String personaBio,
        String brief,
        String goal) {

    public ScenarioBrief {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(title, "title");
        style = style == null ? Optional.empty() : style;
    }
}
