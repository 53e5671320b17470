package app.attune.grading.classify;

import app.attune.grading.MoveCode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides whether a statement reflects the client and, if so, whether it is simple or complex.
 *
 * <p>A statement is a reflection when it opens like one ("so you...", "sounds like", "part of you"),
 * names a feeling, or is about the client ("you", "your", or a short echo of the client's words)
 * and has no other function (advice, affirmation, information...). Echo-only reflections are marked
 * weak: the resolver drops them when the turn has a stronger statement function (an affirmation
 * usually restates what the client did before praising it).
 *
 * <p>Complex when it adds meaning: a complex cue (a second side, "underneath", a guess), a feeling
 * the client did not name, or mostly new content words (more than half, at least two). Simple when
 * it mostly reuses the client's words.
 */
final class ReflectionReader {

    private static final int ECHO_MAX_WORDS = 7;
    /** An unmarked statement about the world this long reads as information, not a remark. */
    private static final int WEAK_INFORM_MIN_WORDS = 7;
    /** A reflection of this many clauses and words strings several things together: a summary. */
    private static final int LINKED_CLAUSES = 3;

    private static final int LINKED_MIN_WORDS = 20;

    private static final Set<String> AMPLIFIERS = Set.of(
            "never",
            "always",
            "nothing",
            "everything",
            "everyone",
            "nobody",
            "completely",
            "totally",
            "entirely",
            "constantly",
            "forever");

    private final Lexicons lex;
    private final PatternSet cues;
    private final PatternSet complexCues;
    private final PatternSet emotivePhrases;
    private final EmotiveReader emotive;

    ReflectionReader(Lexicons lex, EmotiveReader emotive) {
        this.lex = lex;
        this.cues = lex.patterns("reflection-cue");
        this.complexCues = lex.patterns("complex-cue");
        this.emotivePhrases = lex.patterns("emotive");
        this.emotive = emotive;
    }

    void read(SentenceFacts f, ClientLine client) {
        if (f.isQuestion() || (f.hasStatementFunction() && !reflectsDespiteInform(f))) {
            return;
        }
        Sentence s = f.has(MoveCode.REASSURE) ? beforeBut(f.sentence) : f.sentence;
        if (s == null || s.isEmpty()) {
            return;
        }
        boolean firstPerson = s.word(s.firstContentIndex()).equals("i");
        PatternSet.Match cue = cues.find(s);
        if (cue != null && cue.evidence().equals("so") && firstPerson) {
            cue = null; // "so I was thinking..." is the coach talking about themself
        }
        PatternSet.Match complexCue = complexCues.find(s);
        String feeling = emotive.namedFeeling(s);
        boolean cued = cue != null || complexCue != null;
        boolean namesFeeling = feeling != null && !firstPerson;
        boolean aboutClient = !firstPerson && Words.hasAny(s, Words.SECOND_PERSON);
        boolean echo = !firstPerson && (isEcho(s, client) || repeats(s, client));
        if (!cued && !namesFeeling && client.askedSomething() && !firstPerson) {
            if (s.size() >= 4) {
                f.weakInform = "answers the client's question";
            }
            return;
        }
        if (!cued && !aboutClient && !echo && !namesFeeling) {
            if (s.size() >= WEAK_INFORM_MIN_WORDS && !Words.hasAny(s, Words.FIRST_OR_SECOND)) {
                f.weakInform = s.span(0, 4);
            }
            return;
        }
        f.reflectionWeak = !cued;
        String why = cue != null
                ? cue.evidence()
                : complexCue != null ? complexCue.evidence() : feeling != null ? feeling : s.span(0, 4);
        String addsMeaning = complexity(s, client, complexCue);
        if (addsMeaning != null) {
            f.reflection = MoveCode.REFLECTION_COMPLEX;
            f.reflectionEvidence = why.equals(addsMeaning) ? why : why + " … " + addsMeaning;
        } else {
            f.reflection = MoveCode.REFLECTION_SIMPLE;
            f.reflectionEvidence = why;
        }
    }

    /** Why the reflection adds meaning, or null when it mostly restates the client's words. */
    private String complexity(Sentence s, ClientLine client, PatternSet.Match complexCue) {
        if (complexCue != null) {
            return complexCue.evidence();
        }
        for (String w : s.words()) {
            if ((lex.is("feeling", w) || lex.is("body", w)) && !client.namedFeeling(ClientLine.feelingHead(lex, w))) {
                return "names '" + w + "'";
            }
        }
        String phrase = emotive.namedFeeling(s);
        if (phrase != null
                && phrase.contains(" ")
                && !client.namedFeeling(ClientLine.feelingHead(lex, phrase.substring(0, phrase.indexOf(' '))))) {
            return "names '" + phrase + "'"; // "let down", "on edge": a feeling of several words
        }
        PatternSet.Match idiom = emotivePhrases.find(s);
        if (idiom != null && !allSaid(idiom.evidence(), client)) {
            return "names '" + idiom.evidence() + "'";
        }
        for (String w : s.words()) {
            if (AMPLIFIERS.contains(w) && AMPLIFIERS.stream().noneMatch(client::hasWord) && !client.hasWord("every")) {
                return "amplifies: '" + w + "'"; // "so you're never off": an amplified reflection
            }
        }
        int clauses = 0;
        for (boolean start : s.clauseStart()) {
            clauses += start ? 1 : 0;
        }
        if (clauses >= LINKED_CLAUSES && s.size() >= LINKED_MIN_WORDS) {
            return "links " + clauses + " things the client said"; // a summary in all but name
        }
        if (!client.hasAnyContent()) {
            return null; // nothing to compare with ("Yeah."): only the cues above can tell
        }
        Set<String> content = contentWords(s);
        int fresh = 0;
        for (String w : content) {
            // feeling words were compared by feeling above ("stressed" for "stressful" is not new)
            boolean feelingWord = lex.is("feeling", w) || lex.is("body", w);
            if (!feelingWord && !client.hasContent(w)) {
                fresh++;
            }
        }
        if (fresh >= 2 && fresh * 3 > content.size() * 2) {
            return "adds " + fresh + " of " + content.size() + " content words";
        }
        return null;
    }

    /**
     * "Part of you is ready, and part of you would feel guilty leaving the people who backed you": a
     * reflection cue outweighs an information phrase ("people who") caught inside it.
     */
    private boolean reflectsDespiteInform(SentenceFacts f) {
        boolean informOnly = f.codes.size() == 1
                && f.has(MoveCode.INFORM)
                && f.social == null
                && f.shift == null
                && f.imperative == null
                && !f.sentence.word(f.sentence.firstContentIndex()).equals("i"); // "I ask because..." informs
        if (informOnly && (complexCues.find(f.sentence) != null || cues.find(f.sentence) != null)) {
            f.codes.remove(MoveCode.INFORM);
            return true;
        }
        return false;
    }

    /** A short sentence sharing the client's words, or a longer one made mostly of them. */
    private boolean isEcho(Sentence s, ClientLine client) {
        int shared = sharedWords(s, client);
        if (s.size() <= ECHO_MAX_WORDS) {
            return shared > 0;
        }
        int content = contentWords(s).size();
        return content >= 3 && shared * 3 >= content * 2; // "three or four pints on a work night"
    }

    /** "Again." after "...Again.": a short sentence made only of the client's own words. */
    private boolean repeats(Sentence s, ClientLine client) {
        if (s.size() > 3 || java.util.Arrays.stream(s.words()).allMatch(lex::isFiller)) {
            return false; // "Okay." after "Okay, I guess." acknowledges; it does not reflect
        }
        for (String w : s.words()) {
            if (!client.hasWord(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean allSaid(String phrase, ClientLine client) {
        for (String w : phrase.split(" ")) {
            if (!lex.isStop(w) && !client.hasContent(w)) {
                return false;
            }
        }
        return true;
    }

    private int sharedWords(Sentence s, ClientLine client) {
        int shared = 0;
        for (String w : contentWords(s)) {
            if (client.hasContent(w)) {
                shared++;
            }
        }
        return shared;
    }

    private Set<String> contentWords(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.words()) {
            if (!lex.isStop(w) && !lex.is("hedge", w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The part of "I know you feel awful, but it'll pass" before the reassurance. */
    private static Sentence beforeBut(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.word(i).equals("but")) {
                String[] w = java.util.Arrays.copyOf(s.words(), i);
                boolean[] cs = java.util.Arrays.copyOf(s.clauseStart(), i);
                boolean[] br = java.util.Arrays.copyOf(s.breakBefore(), i);
                return new Sentence(w, cs, br, false, false);
            }
        }
        return null;
    }
}
