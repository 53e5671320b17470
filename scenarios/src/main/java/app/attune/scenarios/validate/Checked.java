package app.attune.scenarios.validate;

import app.attune.scenarios.format.Scenario;
import java.util.List;
import java.util.Optional;

/** The outcome of checking one file: a scenario when there were no problems. */
public record Checked(String file, Optional<Scenario> scenario, List<Problem> problems) {

    public Checked {
        problems = List.copyOf(problems);
        if (scenario.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a file with problems yields no scenario");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
