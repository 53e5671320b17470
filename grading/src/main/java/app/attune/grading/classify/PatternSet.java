package app.attune.grading.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patterns of one resource file, indexed by their first word so that matching a sentence costs a
 * hash lookup per word rather than a trial of every pattern at every position.
 */
final class PatternSet {

    /** Where a pattern matched in a sentence; {@code evidence} is the matched words. */
    record Match(int start, int end, String evidence, String pattern) {}

    private final String name;
    private final Map<String, List<PhrasePattern>> byFirstWord = new HashMap<>();
    private final List<PhrasePattern> unindexed = new ArrayList<>();
    private final int size;

    PatternSet(String name, List<PhrasePattern> patterns) {
        this.name = name;
        this.size = patterns.size();
        for (PhrasePattern p : patterns) {
            Set<String> first = p.firstWords();
            if (first == null) {
                unindexed.add(p);
            } else {
                for (String w : first) {
                    byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            }
        }
    }

    String name() {
        return name;
    }

    int size() {
        return size;
    }

    /** The leftmost match in the sentence (longest at that position), or null. */
    Match find(Sentence s) {
        return find(s, 0);
    }

    Match find(Sentence s, int from) {
        String[] words = s.words();
        for (int i = from; i < words.length; i++) {
            Match m = matchAt(s, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** All non-overlapping matches, left to right. */
    List<Match> findAll(Sentence s) {
        List<Match> out = new ArrayList<>();
        int from = 0;
        Match m;
        while (from < s.size() && (m = find(s, from)) != null) {
            out.add(m);
            from = m.end();
        }
        return out;
    }

    /** True if word {@code i} lies inside one of the matches. */
    static boolean covers(List<Match> matches, int i) {
        for (Match m : matches) {
            if (i >= m.start() && i < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The first match in any of the sentences, or null. */
    Match find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Match m = find(s);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    Match matchAt(Sentence s, int i) {
        int bestEnd = -1;
        PhrasePattern best = null;
        List<PhrasePattern> candidates = byFirstWord.get(s.words()[i]);
        if (candidates != null) {
            for (PhrasePattern p : candidates) {
                int end = p.matchAt(s, i);
                if (end > bestEnd) {
                    bestEnd = end;
                    best = p;
                }
            }
        }
        for (PhrasePattern p : unindexed) {
            int end = p.matchAt(s, i);
            if (end > bestEnd) {
                bestEnd = end;
                best = p;
            }
        }
        return best == null || bestEnd <= i ? null : new Match(i, bestEnd, s.span(i, bestEnd), best.source());
    }
}
