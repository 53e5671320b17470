package app.attune.grading.feedback;

import java.util.Locale;

/** The three candidate turns guided mode offers: one exploring, one closed, one pushing. */
public enum CandidateKind {
    EXPLORING,
    CLOSED,
    PUSHING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
