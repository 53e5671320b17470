package app.attune.core.cohort;

/** A row the import cannot take, with its line number in the file and the reason in plain words. */
public record RowProblem(int line, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
