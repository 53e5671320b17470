package app.attune.core.cohort;

import app.attune.core.account.UserId;

/** A cohort as a list shows it. */
public record CohortSummary(CohortId id, String name, UserId facilitator, boolean archived, int members) {}
