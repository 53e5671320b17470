package app.attune.core.insights;

import app.attune.core.cohort.CohortId;
import app.attune.scenarios.format.AttachmentStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a program lead narrows the insights to. Empty cohorts means every cohort the person may see;
 * the period is whole UTC days, both ends included.
 */
public record InsightsFilter(
        Set<CohortId> cohorts,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> scenario,
        Optional<AttachmentStyle> style) {

    public static final InsightsFilter ALL =
            new InsightsFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public InsightsFilter {
        cohorts = Set.copyOf(cohorts);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("The period starts after it ends.");
        }
    }

    public InsightsFilter withCohorts(Set<CohortId> chosen) {
        return new InsightsFilter(chosen, from, to, scenario, style);
    }

    public InsightsFilter withPeriod(Optional<LocalDate> start, Optional<LocalDate> end) {
        return new InsightsFilter(cohorts, start, end, scenario, style);
    }

    public InsightsFilter withScenario(Optional<String> chosen) {
        return new InsightsFilter(cohorts, from, to, chosen, style);
    }

    public InsightsFilter withStyle(Optional<AttachmentStyle> chosen) {
        return new InsightsFilter(cohorts, from, to, scenario, chosen);
    }
}
