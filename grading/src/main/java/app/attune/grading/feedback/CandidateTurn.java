package app.attune.grading.feedback;

import java.util.Objects;

/** A turn guided mode can offer the trainee, labelled with what kind of move it is. */
public record CandidateTurn(CandidateKind kind, String text) {

    public CandidateTurn {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
