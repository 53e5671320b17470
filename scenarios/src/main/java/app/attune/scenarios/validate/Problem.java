package app.attune.scenarios.validate;

import java.util.Objects;

/** One thing wrong with a scenario file; {@code line} counts from 1 (0 when the whole file is meant). */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The {@code file:line: message} form used by {@code play --check} and start-up logs. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
