package app.attune.grading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session report: an overall score (0..100) and the seven skills, then the annotated turns, the
 * moments of resistance and what the trainee did there, "try instead" suggestions for weak turns,
 * and which skills the session gave an opportunity for (only those count towards the overall).
 */
public record SessionReport(
        int overall,
        Map<Skill, SkillScore> skills,
        List<TurnAnnotation> annotations,
        List<ResistanceMoment> resistanceMoments,
        List<TryInstead> suggestions,
        Set<Skill> counted) {

    public SessionReport {
        EnumMap<Skill, SkillScore> copy = new EnumMap<>(Skill.class);
        copy.putAll(skills);
        skills = Collections.unmodifiableMap(copy);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        resistanceMoments = resistanceMoments == null ? List.of() : List.copyOf(resistanceMoments);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        counted = counted == null ? Set.copyOf(skills.keySet()) : Set.copyOf(counted);
    }

    /** A report whose every skill counts towards the overall. */
    public SessionReport(
            int overall,
            Map<Skill, SkillScore> skills,
            List<TurnAnnotation> annotations,
            List<ResistanceMoment> resistanceMoments,
            List<TryInstead> suggestions) {
        this(overall, skills, annotations, resistanceMoments, suggestions, null);
    }

    /** A report with scores only (the original shape; kept for callers that build one by hand). */
    public SessionReport(int overall, Map<Skill, SkillScore> skills) {
        this(overall, skills, List.of(), List.of(), List.of(), null);
    }
}
