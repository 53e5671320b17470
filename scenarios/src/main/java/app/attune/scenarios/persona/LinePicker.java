package app.attune.scenarios.persona;

import app.attune.scenarios.format.PersonaLine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses one line from a pool. Randomness comes from (seed, turn number) only, never from a
 * running generator, so a conversation resumed at turn n picks exactly what the uninterrupted one
 * would have. Unused lines of the pool first; once it is spent, unused lines of the broader
 * situations that also fit the moment (the most specific first); only then a repeat, and then the
 * pool's line said longest ago, so repeats are as far apart as they can be.
 */
final class LinePicker {

    private LinePicker() {}

    static PersonaLine pick(List<PersonaLine> pool, long seed, int turn, UsedLines used) {
        return pick(pool, List.of(), seed, turn, used);
    }

    static PersonaLine pick(List<PersonaLine> pool, List<PersonaLine> fallback, long seed, int turn, UsedLines used) {
        if (pool.isEmpty()) {
            throw new IllegalStateException("no lines for this moment; the validator should have caught it");
        }
        List<PersonaLine> fresh = unused(pool, used);
        if (!fresh.isEmpty()) {
            return fresh.get(random(seed, turn).nextInt(fresh.size()));
        }
        for (PersonaLine line : fallback) {
            if (!used.contains(line.id())) {
                return line; // the most specific unused line that still fits
            }
        }
        return saidLongestAgo(pool, used);
    }

    private static List<PersonaLine> unused(List<PersonaLine> pool, UsedLines used) {
        List<PersonaLine> fresh = new ArrayList<>(pool.size());
        for (PersonaLine line : pool) {
            if (!used.contains(line.id())) {
                fresh.add(line);
            }
        }
        return fresh;
    }

    private static PersonaLine saidLongestAgo(List<PersonaLine> pool, UsedLines used) {
        PersonaLine oldest = pool.get(0);
        for (PersonaLine line : pool) {
            if (used.lastIndexOf(line.id()) < used.lastIndexOf(oldest.id())) {
                oldest = line;
            }
        }
        return oldest;
    }

    static SplittableRandom random(long seed, int turn) {
        // Two odd constants spread nearby seeds and turns apart before SplittableRandom mixes them.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (turn + 1L) * 0xBF58476D1CE4E5B9L);
    }
}
