package app.attune.scenarios.validate;

import app.attune.scenarios.format.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks scenario files: each on its own, then ids across the set. */
public final class ScenarioValidator {

    private ScenarioValidator() {}

    /** Parses and validates one file. Never throws on bad content. */
    public static Checked check(SourceText source) {
        return new ScenarioParser(source.name()).parse(source.text());
    }

    /**
     * Checks files in order. A file whose id was already taken by an earlier valid file is
     * rejected (the first one wins), so one copied file cannot shadow another silently.
     */
    public static List<Checked> checkAll(List<SourceText> sources) {
        // Files are independent until the id check, so they are parsed in parallel: start-up
        // waits for the library, and a cold JVM spends most of that time in the YAML parser.
        List<Checked> each =
                sources.parallelStream().map(ScenarioValidator::check).toList();
        List<Checked> results = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceText source = sources.get(i);
            Checked checked = each.get(i);
            Optional<Scenario> scenario = checked.scenario();
            if (scenario.isPresent()) {
                Scenario s = scenario.get();
                String first = seen.putIfAbsent(s.id(), source.name());
                if (first != null) {
                    checked = new Checked(
                            source.name(),
                            Optional.empty(),
                            List.of(new Problem(
                                    source.name(),
                                    ScenarioParser.idLine(source.text()),
                                    "duplicate id '" + s.id() + "': already used by " + first)));
                }
            }
            results.add(checked);
        }
        return results;
    }
}
