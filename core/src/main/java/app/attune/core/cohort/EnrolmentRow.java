package app.attune.core.cohort;

import java.util.Objects;
import java.util.Optional;

/** One valid row of an enrolment file: who to enrol and, optionally, into which cohort (by name). */
public record EnrolmentRow(int line, String name, String email, Optional<String> cohort) {
    public EnrolmentRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        cohort = cohort == null ? Optional.empty() : cohort;
    }
}
