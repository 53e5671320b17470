package app.attune.web.ui.practice;

import app.attune.core.review.ScoreOverride;
import app.attune.core.review.TurnComment;
import app.attune.grading.Skill;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A facilitator's review as the trainee's report shows it: comments grouped by turn, and per skill
 * the adjustment that stands (the first score the grader gave, the score now, the latest reason).
 */
record Review(Map<Integer, List<TurnComment>> comments, Map<Skill, Adjustment> adjustments) {

    /** A skill score a facilitator changed: from the grader's score to the one that counts now. */
    record Adjustment(int originalScore, int newScore, String reason, String author) {}

    static Review of(List<TurnComment> comments, List<ScoreOverride> overridesOldestFirst) {
        Map<Integer, List<TurnComment>> byTurn = new HashMap<>();
        for (TurnComment c : comments) {
            byTurn.computeIfAbsent(c.turn(), k -> new java.util.ArrayList<>()).add(c);
        }
        Map<Skill, Adjustment> adjusted = new EnumMap<>(Skill.class);
        for (ScoreOverride o : overridesOldestFirst) {
            Adjustment before = adjusted.get(o.skill());
            int original = before == null ? o.oldScore() : before.originalScore();
            adjusted.put(o.skill(), new Adjustment(original, o.newScore(), o.reason(), o.author()));
        }
        return new Review(Map.copyOf(byTurn), Map.copyOf(adjusted));
    }

    List<TurnComment> on(int turn) {
        return comments.getOrDefault(turn, List.of());
    }

    Optional<Adjustment> adjusted(Skill skill) {
        return Optional.ofNullable(adjustments.get(skill));
    }
}
