package app.attune.scenarios.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a persona can say: opening, closings, reveals and situations. Which situation speaks
 * at each (layer, band, move) is worked out once here, so a reply is a table lookup and the
 * validator can ask the same table which moments nobody covers.
 */
public final class PersonaScript {

    private final List<PersonaLine> opening;
    private final List<PersonaLine> closingWarm;
    private final List<PersonaLine> closingCurt;
    private final List<List<PersonaLine>> reveals;
    private final List<Situation> situations;
    private final Map<String, PersonaLine> byId = new HashMap<>();
    private final List<PersonaLine>[][][] table;
    private final List<PersonaLine>[][][] broader;

    @SuppressWarnings("unchecked")
    public PersonaScript(
            List<PersonaLine> opening,
            List<PersonaLine> closingWarm,
            List<PersonaLine> closingCurt,
            Map<Integer, List<PersonaLine>> reveals,
            List<Situation> situations) {
        this.opening = List.copyOf(opening);
        this.closingWarm = List.copyOf(closingWarm);
        this.closingCurt = List.copyOf(closingCurt);
        List<List<PersonaLine>> r = new ArrayList<>();
        for (int layer = 1; layer <= 4; layer++) {
            r.add(List.copyOf(reveals.getOrDefault(layer, List.of())));
        }
        this.reveals = Collections.unmodifiableList(r);
        this.situations = List.copyOf(situations);
        index(this.opening);
        index(this.closingWarm);
        index(this.closingCurt);
        this.reveals.forEach(this::index);
        this.situations.forEach(s -> index(s.lines()));
        table = new List[5][Band.values().length][Move.values().length];
        broader = new List[5][Band.values().length][Move.values().length];
        for (int layer = 0; layer <= 4; layer++) {
            for (Band band : Band.values()) {
                for (Move move : Move.values()) {
                    table[layer][band.ordinal()][move.ordinal()] = resolve(layer, band, move);
                    broader[layer][band.ordinal()][move.ordinal()] = broaden(layer, band, move);
                }
            }
        }
    }

    private void index(List<PersonaLine> lines) {
        for (PersonaLine line : lines) {
            byId.put(line.id(), line);
        }
    }

    /** The most specific matching situations, their lines pooled on a tie. */
    private List<PersonaLine> resolve(int layer, Band band, Move move) {
        int best = -1;
        List<PersonaLine> pool = new ArrayList<>();
        for (Situation s : situations) {
            if (!s.when().matches(layer, band, move)) {
                continue;
            }
            int score = s.when().specificity();
            if (score > best) {
                best = score;
                pool.clear();
            }
            if (score == best) {
                pool.addAll(s.lines());
            }
        }
        return List.copyOf(pool);
    }

    /**
     * The lines of the other situations that also match, most specific first. A flooded persona
     * keeps to its activated lines: a calmer, broader line would not fit that state.
     */
    private List<PersonaLine> broaden(int layer, Band band, Move move) {
        if (band == Band.ACTIVATED) {
            return List.of();
        }
        List<PersonaLine> primary = table[layer][band.ordinal()][move.ordinal()];
        List<Situation> others = new ArrayList<>();
        for (Situation s : situations) {
            if (s.when().matches(layer, band, move) && !primary.containsAll(s.lines())) {
                others.add(s);
            }
        }
        others.sort((a, b) -> Integer.compare(b.when().specificity(), a.when().specificity()));
        List<PersonaLine> lines = new ArrayList<>();
        others.forEach(s -> lines.addAll(s.lines()));
        return List.copyOf(lines);
    }

    public List<PersonaLine> opening() {
        return opening;
    }

    public List<PersonaLine> closingWarm() {
        return closingWarm;
    }

    public List<PersonaLine> closingCurt() {
        return closingCurt;
    }

    /** Lines said when layer 1..4 opens. */
    public List<PersonaLine> reveal(int layer) {
        return reveals.get(layer - 1);
    }

    public List<Situation> situations() {
        return situations;
    }

    /** Lines for an ordinary reply in this moment; empty if no situation covers it. */
    public List<PersonaLine> replies(int layer, Band band, Move move) {
        return table[layer][band.ordinal()][move.ordinal()];
    }

    /**
     * Lines from the less specific situations that also fit this moment, most specific first: what
     * a persona says once {@link #replies} are all spent, before repeating itself.
     */
    public List<PersonaLine> broaderReplies(int layer, Band band, Move move) {
        return broader[layer][band.ordinal()][move.ordinal()];
    }

    public Optional<PersonaLine> line(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many lines the persona has in all. */
    public int size() {
        return byId.size();
    }
}
