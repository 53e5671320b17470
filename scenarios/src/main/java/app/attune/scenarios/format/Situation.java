package app.attune.scenarios.format;

import java.util.List;

/**
 * A group of lines the persona can say in one kind of moment.
 *
 * @param when the moment
 * @param lines the lines, in file order (their ids are key#1, key#2, ...)
 * @param line the line in the file where the situation starts, for messages
 */
public record Situation(When when, List<PersonaLine> lines, int line) {

    public Situation {
        lines = List.copyOf(lines);
    }

    public String key() {
        return when.key();
    }
}
