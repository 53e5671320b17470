package app.attune.grading.classify;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Attune's move classifier: a rule and pattern engine over normalised text (see docs/grading.md and
 * docs/decisions/002-grading-technique.md). Each sentence is read for questions, statement
 * functions, emotive evidence and reflections; the resolver then applies the rules of thumb. All word
 * lists and patterns are resource files in the jar, loaded once. Thread-safe: no mutable state is
 * shared between calls.
 */
public final class RuleMoveClassifier implements MoveClassifier {

    private final Lexicons lex;
    private final Normalizer normalizer;
    private final InputGuard guard;
    private final QuestionReader questions;
    private final StatementReader statements;
    private final EmotiveReader emotive;
    private final ReflectionReader reflections;
    private final PatternSet social;
    private final PatternSet shift;
    private final Resolver resolver;

    private RuleMoveClassifier(Lexicons lex) {
        this.lex = lex;
        this.normalizer = new Normalizer(lex.replacements());
        this.guard = new InputGuard(lex);
        this.questions = new QuestionReader(lex);
        this.statements = new StatementReader(lex);
        this.emotive = new EmotiveReader(lex);
        this.reflections = new ReflectionReader(lex, emotive);
        this.social = lex.patterns("social");
        this.shift = lex.patterns("shift");
        this.resolver = new Resolver(new Deflection(lex), lex.patterns("summary"));
    }

    public static RuleMoveClassifier create() {
        return new RuleMoveClassifier(Lexicons.get());
    }

    /** The longest utterance classified in full; longer text is cut and the evidence says so. */
    public static int maxChars() {
        return Normalizer.MAX_CHARS;
    }

    @Override
    public ClassifiedMove classify(String utterance, String previousPersonaLine) {
        String rejected = guard.rejectRaw(utterance);
        if (rejected != null) {
            return ClassifiedMove.other(rejected);
        }
        Text text = normalizer.analyse(utterance);
        rejected = guard.rejectText(text);
        if (rejected != null) {
            return ClassifiedMove.other(rejected);
        }
        ClientLine client = new ClientLine(normalizer.analyse(previousPersonaLine), lex);
        List<SentenceFacts> facts = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            facts.add(read(s, client));
        }
        String note = text.truncated()
                ? "[classified the first " + Normalizer.MAX_CHARS + " of " + text.originalLength() + " characters]"
                : null;
        return resolver.resolve(facts, client, note);
    }

    private SentenceFacts read(Sentence s, ClientLine client) {
        SentenceFacts f = new SentenceFacts(s);
        List<PatternSet.Match> socialMatches = social.findAll(s);
        f.social = socialMatches.isEmpty() ? null : socialMatches.get(0).evidence();
        PatternSet.Match shiftMatch = shift.find(s);
        f.shift = shiftMatch == null ? null : shiftMatch.evidence();
        questions.read(f, socialMatches);
        statements.read(f);
        emotive.read(f, client);
        reflections.read(f, client);
        return f;
    }

    /** Cues in a client's line that other parts of the grader need (the scorer, suggestions). */
    public ClientCues cues(String clientLine) {
        ClientLine c = new ClientLine(normalizer.analyse(clientLine), lex);
        return new ClientCues(c.feelingWord(), c.feelingPhrase(), c.emotional(), c.askedSomething(), c.asksForIdeas());
    }
}
