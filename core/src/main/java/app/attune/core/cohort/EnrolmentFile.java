package app.attune.core.cohort;

import java.util.List;

/**
 * A parsed enrolment CSV: the rows that can be imported and every row that cannot, so the
 * facilitator sees all problems at once and nothing is imported half-way.
 */
public record EnrolmentFile(List<EnrolmentRow> rows, List<RowProblem> problems) {
    public EnrolmentFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
