package app.attune.grading.eval;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evaluates the standard classifier on a labelled JSON Lines file and prints a table: per code
 * precision, recall, F1 and support, then macro-F1 and Cohen's kappa for open vs closed questions.
 * {@code --errors} also lists every utterance whose codes differ from the labels.
 *
 * <pre>./mvnw -q -pl grading compile exec:java -Dexec.args=/work/shared/data/grading-dev.jsonl</pre>
 */
public final class Evaluate {

    private Evaluate() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean errors = List.of(args).contains("--errors");
        String file = List.of(args).stream()
                .filter(a -> !a.startsWith("--"))
                .findFirst()
                .orElse(null);
        if (file == null) {
            out.println("usage: Evaluate [--errors] LABELLED.jsonl");
            System.exit(2);
        }
        List<LabelledUtterance> corpus = Corpus.read(Path.of(file));
        MoveClassifier classifier = MoveClassifier.standard();
        Scores scores = new Scores();
        for (LabelledUtterance u : corpus) {
            ClassifiedMove move = classifier.classify(u.text(), u.previous());
            scores.add(u.codes(), move.codes());
            if (errors && !move.codes().equals(u.codes())) {
                printError(out, u, move);
            }
        }
        printTable(out, scores);
    }

    private static void printError(PrintStream out, LabelledUtterance u, ClassifiedMove move) {
        Set<MoveCode> gold = u.codes();
        out.printf(
                "%s  gold=%s  got=%s%n    client: %s%n    coach:  %s%n    evidence: %s%n",
                u.id(), gold, move.codes(), u.previous(), u.text(), move.evidence());
    }

    static void printTable(PrintStream out, Scores scores) {
        out.printf(Locale.ROOT, "%-20s %9s %9s %9s %8s%n", "code", "precision", "recall", "f1", "support");
        for (MoveCode c : MoveCode.values()) {
            Scores.CodeScore s = scores.score(c);
            out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %8d%n", c, s.precision(), s.recall(), s.f1(), s.support());
        }
        out.printf(Locale.ROOT, "%-20s %29.3f %8d%n", "macro-F1", scores.macroF1(), scores.items());
        out.printf(Locale.ROOT, "%-20s %29.3f%n", "kappa open/closed", scores.questionKappa());
    }
}
