package app.attune.core.cohort;

import java.util.List;

/** The file has problems and the facilitator did not choose to import only the good rows: nothing changed. */
public class ImportRefused extends RuntimeException {
    private final transient List<RowProblem> problems;

    public ImportRefused(List<RowProblem> problems) {
        super("Nothing was imported: "
                + (problems.size() == 1 ? "1 row needs" : problems.size() + " rows need")
                + " fixing, e.g. " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
