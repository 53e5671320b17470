package app.attune.core.assignment;

import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import java.util.List;

/** A scenario assigned to a cohort (everyone, or the chosen trainees only). */
public record Assignment(
        AssignmentId id, CohortId cohort, String scenarioId, AssignmentTerms terms, List<UserId> chosenTrainees) {
    public Assignment {
        chosenTrainees = List.copyOf(chosenTrainees);
    }

    public boolean forWholeCohort() {
        return chosenTrainees.isEmpty();
    }
}
