package app.attune.scenarios.persona;

import app.attune.scenarios.format.PersonaLine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses one line from a pool. Randomness comes from (seed, turn number) only, never from a
 * running generator, so a conversation resumed at turn n picks exactly what the uninterrupted one
 * would have. Unused lines first; once a pool is spent, anything but the line said last from it.
 */
final class LinePicker {

    private LinePicker() {}

    static PersonaLine pick(List<PersonaLine> pool, long seed, int turn, UsedLines used) {
        if (pool.isEmpty()) {
            throw new IllegalStateException("no lines for this moment; the validator should have caught it");
        }
        List<PersonaLine> fresh = new ArrayList<>(pool.size());
        for (PersonaLine line : pool) {
            if (!used.contains(line.id())) {
                fresh.add(line);
            }
        }
        List<PersonaLine> candidates = fresh;
        if (fresh.isEmpty()) {
            candidates = new ArrayList<>(pool);
            if (candidates.size() > 1) {
                PersonaLine latest = null;
                int latestAt = -1;
                for (PersonaLine line : pool) {
                    int at = used.lastIndexOf(line.id());
                    if (at > latestAt) {
                        latestAt = at;
                        latest = line;
                    }
                }
                candidates.remove(latest);
            }
        }
        return candidates.get(random(seed, turn).nextInt(candidates.size()));
    }

    static SplittableRandom random(long seed, int turn) {
        // Two odd constants spread nearby seeds and turns apart before SplittableRandom mixes them.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (turn + 1L) * 0xBF58476D1CE4E5B9L);
    }
}
