package app.attune.scenarios.format;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moment a situation speaks in: a layer range, bands and moves, each possibly "any". The
 * {@code key} is the situation's stable name in line ids ("L0-1.guarded.emotive").
 *
 * @param layerFrom first layer (0 when any)
 * @param layerTo last layer (4 when any)
 * @param layerGiven whether the file named a layer
 * @param bands the bands it covers (all when any)
 * @param bandGiven whether the file named a band
 * @param moves the moves it covers (all when any)
 * @param afterGiven whether the file named a move, group or list
 * @param singleMove whether the file named exactly one move (not a group or list): more specific
 * @param key the stable situation key
 */
public record When(
        int layerFrom,
        int layerTo,
        boolean layerGiven,
        Set<Band> bands,
        boolean bandGiven,
        Set<Move> moves,
        boolean afterGiven,
        boolean singleMove,
        String key) {

    public When {
        if (layerFrom < 0 || layerTo > 4 || layerFrom > layerTo) {
            throw new IllegalArgumentException("bad layer range " + layerFrom + "-" + layerTo);
        }
        bands = Collections.unmodifiableSet(bands.isEmpty() ? EnumSet.allOf(Band.class) : EnumSet.copyOf(bands));
        moves = Collections.unmodifiableSet(moves.isEmpty() ? EnumSet.allOf(Move.class) : EnumSet.copyOf(moves));
    }

    public boolean matches(int layer, Band band, Move move) {
        return layer >= layerFrom && layer <= layerTo && bands.contains(band) && moves.contains(move);
    }

    /**
     * Higher is more specific. One point per given key, one more for a single named move; ties are
     * broken by move over band over layer, which the weights below encode.
     */
    public int specificity() {
        int points = (layerGiven ? 1 : 0) + (bandGiven ? 1 : 0) + (afterGiven ? 1 : 0) + (singleMove ? 1 : 0);
        return points * 8 + (afterGiven ? 4 : 0) + (bandGiven ? 2 : 0) + (layerGiven ? 1 : 0);
    }
}
