package app.attune.core.practice;

/** How a trainee exports their own attempts. */
public enum ExportFormat {
    /** Everything: attempts, every turn with its codes and the persona's reply, skill scores. */
    JSON("application/json", "json"),
    /** One row per attempt with the overall and the seven skill scores, for a spreadsheet. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
