package app.attune.grading.classify;

import java.util.HashSet;
import java.util.Set;

/**
 * What the persona's line just before the trainee turn tells the classifier: its content words (to
 * judge how much a reflection adds), the feeling it named (for DEFLECT and emotive follow-ups),
 * whether it asked the coach something, and whether it asked for ideas.
 */
final class ClientLine {

    private final Text text;
    private final Set<String> contentStems = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> feelingHeads = new HashSet<>();
    private final String feelingWord;
    private final String emotionalWord;
    private final String feelingPhrase;
    private final boolean emotional;
    private final boolean asksForIdeas;

    ClientLine(Text text, Lexicons lex) {
        this.text = text;
        WordClass feeling = lex.wordClass("feeling");
        WordClass body = lex.wordClass("body");
        WordClass vulnerable = lex.wordClass("vulnerable");
        WordClass positive = lex.wordClass("positive");
        String firstFeeling = null;
        String phrase = null;
        String firstEmotional = null;
        boolean anyEmotional = false;
        for (Sentence s : text.sentences()) {
            String[] w = s.words();
            for (int i = 0; i < w.length; i++) {
                words.add(w[i]);
                if (!lex.isStop(w[i])) {
                    contentStems.add(Stem.of(w[i]));
                }
                int end = Math.max(feeling.matchEnd(w, i), body.matchEnd(w, i));
                if (end > i) {
                    feelingHeads.add(feelingHead(lex, w[i]));
                    if (firstFeeling == null) {
                        firstFeeling = s.span(i, end);
                        String head = feeling.headOf(w[i]);
                        phrase = head != null && end == i + 1 ? head : "that " + firstFeeling;
                    }
                    anyEmotional |= !positive.contains(w[i]);
                } else if (vulnerable.matchEnd(w, i) > i) {
                    anyEmotional = true;
                    if (firstEmotional == null) {
                        firstEmotional = s.span(i, vulnerable.matchEnd(w, i));
                    }
                }
            }
        }
        this.feelingWord = firstFeeling;
        this.feelingPhrase = phrase;
        this.emotionalWord = firstFeeling != null ? firstFeeling : firstEmotional;
        this.emotional = anyEmotional;
        this.asksForIdeas = lex.patterns("asks-ideas").find(text.sentences()) != null;
    }

    /** The group head of a feeling or body word, so "guilt" and "guilty" count as one feeling. */
    static String feelingHead(Lexicons lex, String word) {
        String head = lex.wordClass("feeling").headOf(word);
        if (head == null) {
            head = lex.wordClass("body").headOf(word);
        }
        return head != null ? head : Stem.of(word);
    }

    Text text() {
        return text;
    }

    /** The first feeling or body word the client named, or null. */
    String feelingWord() {
        return feelingWord;
    }

    /** The first feeling as it follows "feeling ...": the group head, or "that knot" for the body. */
    String feelingPhrase() {
        return feelingPhrase;
    }

    /** The first feeling, body or painful word the client used, or null. */
    String emotionalWord() {
        return emotionalWord;
    }

    /** The client named an unpleasant feeling, a body sensation or something painful. */
    boolean emotional() {
        return emotional;
    }

    /** The client asked the coach a question (so an answer is not a change of subject). */
    boolean askedSomething() {
        // "Honestly?" or "Right?" is a discourse marker, not a question to the coach
        return text.sentences().stream().anyMatch(s -> s.questionMark() && s.size() >= 3);
    }

    boolean asksForIdeas() {
        return asksForIdeas;
    }

    /** The client used this exact (normalised) word. */
    boolean hasWord(String word) {
        return words.contains(word);
    }

    boolean hasAnyContent() {
        return !contentStems.isEmpty();
    }

    boolean hasContent(String word) {
        return contentStems.contains(Stem.of(word));
    }

    boolean namedFeeling(String head) {
        return feelingHeads.contains(head);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
