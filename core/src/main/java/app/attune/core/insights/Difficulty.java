package app.attune.core.insights;

import java.util.OptionalDouble;

/**
 * How trainees fare on one scenario or one attachment style: completed attempts in the period, their
 * average overall score and the share that reached the pass mark.
 *
 * @param key scenario id or style id
 * @param label what a person reads: the scenario's title or the style's name
 */
public record Difficulty(String key, String label, int attempts, long overallTotal, int passes) {

    public OptionalDouble averageOverall() {
        return attempts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) overallTotal / attempts);
    }

    public OptionalDouble passRate() {
        return attempts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passes / attempts);
    }

    Difficulty plus(Difficulty other) {
        return new Difficulty(
                key, label, attempts + other.attempts, overallTotal + other.overallTotal, passes + other.passes);
    }
}
