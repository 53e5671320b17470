package app.attune.scenarios.format;

/**
 * The four layers of the persona's story, for writers, facilitators and the report. Layer 1 is the
 * surface problem, 4 the new option the client finds.
 */
public record Story(String surface, String feelings, String pattern, String option) {

    /** The text of layer 1..4. */
    public String layer(int layer) {
        return switch (layer) {
            case 1 -> surface;
            case 2 -> feelings;
            case 3 -> pattern;
            case 4 -> option;
            default -> throw new IllegalArgumentException("layer must be 1..4, was " + layer);
        };
    }
}
