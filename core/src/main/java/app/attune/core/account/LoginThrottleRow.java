package app.attune.core.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("login_throttle")
record LoginThrottleRow(@Id String username, int failures, Instant lastFailureAt) {}
