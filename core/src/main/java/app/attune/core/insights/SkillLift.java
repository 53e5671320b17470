package app.attune.core.insights;

import app.attune.grading.Skill;

/**
 * Per skill, the average of each trainee's score on their first completed attempt in scope and of
 * their best score; lift is best minus first.
 */
public record SkillLift(Skill skill, int trainees, double first, double best) {
    public double lift() {
        return best - first;
    }
}
