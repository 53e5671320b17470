package app.attune.grading;

import java.util.List;
import java.util.Objects;

/**
 * One skill's score (0..100), its level, a one-line explanation, and the trainee turn numbers behind
 * it, so every score points at its evidence.
 */
public record SkillScore(Skill skill, int score, SkillLevel level, String explanation, List<Integer> turns) {

    public SkillScore {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, was " + score);
        }
        explanation = explanation == null ? "" : explanation;
        turns = List.copyOf(turns);
    }
}
