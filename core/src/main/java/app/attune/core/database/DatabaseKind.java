package app.attune.core.database;

/** Which database Attune runs on. */
public enum DatabaseKind {
    EMBEDDED_H2("embedded H2"),
    MYSQL("MySQL");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
