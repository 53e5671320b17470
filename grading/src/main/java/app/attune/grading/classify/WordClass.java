package app.attune.grading.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named word list from a resource file ("@feeling", "@strength"): single words, optionally matched
 * by a light stem so "worried", "worrying" and "worries" are one entry, plus multi-word entries
 * ("worn out", "let down"). A line may hold a group of related words; the first is the group head,
 * used to tell whether a reflection names a feeling the client did not name.
 */
final class WordClass {

    private final String name;
    private final boolean stemmed;
    private final Set<String> words = new HashSet<>();
    private final Map<String, String> headByStem = new HashMap<>();
    private final Map<String, List<String[]>> phrasesByFirst = new HashMap<>();

    WordClass(String name, boolean stemmed, List<String> lines) {
        this.name = name;
        this.stemmed = stemmed;
        for (String line : lines) {
            String[] group = line.split(",");
            String head = null;
            for (String raw : group) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] parts = entry.split("\\s+");
                if (head == null) {
                    head = entry;
                }
                if (parts.length == 1) {
                    words.add(entry);
                    headByStem.putIfAbsent(key(entry), head);
                } else {
                    phrasesByFirst
                            .computeIfAbsent(parts[0], k -> new ArrayList<>())
                            .add(parts);
                }
            }
        }
    }

    String name() {
        return name;
    }

    private String key(String w) {
        return stemmed ? Stem.of(w) : w;
    }

    boolean contains(String w) {
        return words.contains(w) || (stemmed && headByStem.containsKey(Stem.of(w)));
    }

    /** The group head for a single word in this class, or null. */
    String headOf(String w) {
        return headByStem.get(key(w));
    }

    /** End (exclusive) of the longest entry starting at {@code i}, or -1. */
    int matchEnd(String[] text, int i) {
        if (i >= text.length) {
            return -1;
        }
        int best = contains(text[i]) ? i + 1 : -1;
        List<String[]> phrases = phrasesByFirst.get(text[i]);
        if (phrases != null) {
            for (String[] p : phrases) {
                if (i + p.length <= text.length && p.length + i > best && startsWith(text, i, p)) {
                    best = i + p.length;
                }
            }
        }
        return best;
    }

    private boolean startsWith(String[] text, int i, String[] p) {
        for (int k = 0; k < p.length; k++) {
            String w = text[i + k];
            if (!(w.equals(p[k]) || (stemmed && k == p.length - 1 && Stem.of(w).equals(Stem.of(p[k]))))) {
                return false;
            }
        }
        return true;
    }

    Set<String> singleWords() {
        return words;
    }

    boolean hasPhrasesStartingWith(String w) {
        return phrasesByFirst.containsKey(w);
    }

    Set<String> phraseFirstWords() {
        return phrasesByFirst.keySet();
    }
}
