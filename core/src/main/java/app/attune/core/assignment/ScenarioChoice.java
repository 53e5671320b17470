package app.attune.core.assignment;

/** A scenario as a picker shows it. */
public record ScenarioChoice(String id, String title, String style, int difficulty, String setting) {
    public String label() {
        return title + " (" + style + ", difficulty " + difficulty + ", " + setting + ")";
    }
}
