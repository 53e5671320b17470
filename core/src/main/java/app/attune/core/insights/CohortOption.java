package app.attune.core.insights;

import app.attune.core.cohort.CohortId;

/** A cohort the person may filter insights by. */
public record CohortOption(CohortId id, String name, boolean archived) {}
