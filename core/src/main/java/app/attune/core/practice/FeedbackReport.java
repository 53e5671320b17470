package app.attune.core.practice;

import app.attune.grading.ResistanceMoment;
import app.attune.grading.SkillScore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The feedback report of a finished attempt: the seven skills (stored when the attempt ended, in the
 * grader's order), the annotated transcript and the moments of resistance with what the trainee did
 * there. Built from the stored turns and the scenario snapshot the attempt was played with.
 *
 * @param openingResisted the resistance moment the persona's opening line opened, if any
 */
public record FeedbackReport(
        AttemptId id,
        ScenarioBrief scenario,
        Optional<EndedBy> endedBy,
        Instant startedAt,
        Instant completedAt,
        int overall,
        List<SkillScore> skills,
        PersonaUtterance opening,
        Optional<ResistanceMoment> openingResisted,
        List<AnnotatedTurn> turns,
        List<ResistanceMoment> resistanceMoments) {

    public FeedbackReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        skills = List.copyOf(skills);
        turns = List.copyOf(turns);
        resistanceMoments = List.copyOf(resistanceMoments);
        endedBy = endedBy == null ? Optional.empty() : endedBy;
        openingResisted = openingResisted == null ? Optional.empty() : openingResisted;
    }
}
