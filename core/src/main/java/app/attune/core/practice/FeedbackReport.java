package app.attune.core.practice;

import app.attune.core.account.UserId;
import app.attune.core.assignment.AssignmentId;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The feedback report of a finished attempt: the seven skills (stored when the attempt ended, in the
 * grader's order), the annotated transcript and the moments of resistance with what the trainee did
 * there. Readable by the trainee, their facilitators and program leads (a review view renders the
 * same data). Built from the stored turns and the scenario snapshot the attempt was played with.
 *
 * @param trainee whose attempt it is
 * @param assignment the assignment the attempt answered; empty for free practice
 * @param counted the skills that count towards the overall score (a session without a rupture, say,
 *     gives no chance to repair, so repair is shown but not counted)
 * @param openingResisted the resistance moment the persona's opening line opened, if any
 */
public record FeedbackReport(
        AttemptId id,
        UserId trainee,
        Optional<AssignmentId> assignment,
        ScenarioBrief scenario,
        Optional<EndedBy> endedBy,
        Instant startedAt,
        Instant completedAt,
        int overall,
        List<SkillScore> skills,
        PersonaUtterance opening,
        Optional<ResistanceMoment> openingResisted,
        List<AnnotatedTurn> turns,
        List<ResistanceMoment> resistanceMoments,
        Set<Skill> counted) {

    public FeedbackReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(scenario, "scenario");
        assignment = assignment == null ? Optional.empty() : assignment;
        skills = List.copyOf(skills);
        turns = List.copyOf(turns);
        resistanceMoments = List.copyOf(resistanceMoments);
        counted = counted == null ? Set.of() : Set.copyOf(counted);
        endedBy = endedBy == null ? Optional.empty() : endedBy;
        openingResisted = openingResisted == null ? Optional.empty() : openingResisted;
    }
}
