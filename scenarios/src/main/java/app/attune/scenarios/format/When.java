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
     * Higher is more specific. Compared key by key: first a reaction to a particular move (one
     * named move, or pushes only: a repair or a push is answered as such at any layer), then a band
     * (an activated persona speaks from that state), then one named move over a group or list,
     * then any move group or list, then a layer, a narrower range beating a wider one.
     */
    public int specificity() {
        boolean reaction = singleMove || (afterGiven && Move.pushes().containsAll(moves));
        int score = 0;
        score |= (reaction ? 1 : 0) << 13;
        score |= (bandGiven ? 1 : 0) << 12;
        score |= (singleMove ? 1 : 0) << 11;
        score |= (afterGiven ? 1 : 0) << 10;
        score |= (layerGiven ? 1 : 0) << 9;
        return score | (5 - (layerTo - layerFrom));
    }
}
