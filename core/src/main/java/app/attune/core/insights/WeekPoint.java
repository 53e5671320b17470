package app.attune.core.insights;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** One ISO week (starting Monday) of completed attempts; weeks without any are present with zero. */
public record WeekPoint(int weekYear, int week, LocalDate monday, int completed, long overallTotal) {

    public String label() {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", weekYear, week);
    }

    public OptionalDouble averageOverall() {
        return completed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) overallTotal / completed);
    }
}
