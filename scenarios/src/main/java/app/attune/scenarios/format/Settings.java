package app.attune.scenarios.format;

import java.util.List;

/**
 * The settings a scenario can be placed in. A closed list so that program leads can filter and
 * compare by setting without typos splitting one setting into two.
 */
public final class Settings {

    public static final List<String> ALL = List.of(
            "corporate",
            "public sector",
            "health",
            "education",
            "start-up",
            "non-profit",
            "manufacturing",
            "retail",
            "hospitality",
            "finance",
            "technology",
            "research",
            "legal",
            "creative",
            "sport");

    private Settings() {}
}
