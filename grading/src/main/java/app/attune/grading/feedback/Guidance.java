package app.attune.grading.feedback;

import java.util.List;

/**
 * What hints and guided mode show at one moment: a short hint reacting to the trainee's last turn,
 * and three candidate turns (exploring, closed, pushing) in that order.
 */
public record Guidance(String hint, List<CandidateTurn> candidates) {

    public Guidance {
        candidates = List.copyOf(candidates);
    }

    public CandidateTurn candidate(CandidateKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
