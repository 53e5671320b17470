package app.attune.core.insights.scale;

/** How much demo data to create. Turns are spread evenly over the attempts. */
public record SeedSize(int trainees, int cohorts, int attempts, int turns) {
    public static final SeedSize ISSUE_SCALE = new SeedSize(2_000, 100, 20_000, 400_000);

    public SeedSize {
        if (trainees < 1 || cohorts < 1 || attempts < 0 || turns < 0) {
            throw new IllegalArgumentException(
                    "Trainees and cohorts must be at least 1; attempts and turns not negative.");
        }
        if (cohorts > trainees) {
            throw new IllegalArgumentException(
                    "Every cohort needs a trainee: use at most as many cohorts as trainees.");
        }
    }
}
