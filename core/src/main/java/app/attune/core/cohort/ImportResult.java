package app.attune.core.cohort;

import java.util.List;

/**
 * What an import did: rows enrolled, new accounts with their one-time passwords (shown once to the
 * facilitator, to be changed at first sign-in), rows skipped as already enrolled, and the problems
 * left out when only the good rows were imported.
 */
public record ImportResult(int enrolled, List<NewTrainee> created, int alreadyEnrolled, List<RowProblem> skipped) {
    public record NewTrainee(String name, String email, String temporaryPassword) {}

    public ImportResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
