package app.attune.core.cohort;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

@Introspected
record MemberRow(long id, String displayName, @Nullable String email, boolean mustChangePassword) {}
