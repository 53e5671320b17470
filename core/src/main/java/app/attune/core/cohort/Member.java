package app.attune.core.cohort;

import app.attune.core.account.UserId;

/** A trainee enrolled in a cohort. */
public record Member(UserId id, String displayName, String email, boolean mustChangePassword) {}
