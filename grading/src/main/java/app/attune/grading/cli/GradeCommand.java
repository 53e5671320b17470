package app.attune.grading.cli;

import app.attune.grading.MoveClassifier;
import app.attune.grading.SessionScorer;
import app.attune.grading.Transcript;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code attune grade}: classifies JSON Lines from stdin, or grades a whole transcript file. The
 * web-ui executable dispatches {@code java -jar attune.jar grade ...} here. Output is UTF-8 whatever
 * the platform default (bytes are written, not characters). Exit codes: 0 done, 1 stdin could not be
 * read, 2 bad arguments or a bad transcript file.
 */
public final class GradeCommand {

    static final String USAGE = """
            usage: grade                     read JSON Lines on stdin, one utterance per line:
                                               {"id":"u1","text":"How did that land?","previous":"He walked out."}
                                             and print one line per utterance:
                                               {"id":"u1","codes":[...],"evidence":{...}}
                                             A bad line prints {"line":N,"error":"..."}; blank lines are skipped.
                   grade --transcript FILE   grade a whole conversation (format: docs/grading.md) and print
                                             the session report as JSON
                   grade --help              this text
            """;

    private GradeCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            write(out, USAGE);
            return 0;
        }
        if (args.length == 0) {
            return classifyLines(in, out, err, json);
        }
        if (args.length == 2 && args[0].equals("--transcript")) {
            return gradeTranscript(Path.of(args[1]), out, err, json);
        }
        write(err, "grade: unknown arguments: " + String.join(" ", args) + "\n" + USAGE);
        return 2;
    }

    private static int classifyLines(InputStream in, PrintStream out, PrintStream err, ObjectMapper json) {
        MoveClassifier classifier = MoveClassifier.standard();
        ReportJson shapes = new ReportJson(json);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                write(out, json.writeValueAsString(classifyLine(line, lineNumber, classifier, shapes, json)) + "\n");
            }
            return 0;
        } catch (IOException e) {
            write(err, "grade: could not read stdin after line " + lineNumber + ": " + e.getMessage() + "\n");
            return 1;
        }
    }

    private static ObjectNode classifyLine(
            String line, int lineNumber, MoveClassifier classifier, ReportJson shapes, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(json, lineNumber, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(json, lineNumber, "expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return error(json, lineNumber, "missing \"text\" (a string)");
        }
        JsonNode previous = node.get("previous");
        if (previous != null && !previous.isNull() && !previous.isTextual()) {
            return error(json, lineNumber, "\"previous\" must be a string");
        }
        JsonNode id = node.get("id");
        String idText = id == null || id.isNull() ? null : id.asText();
        String prev = previous == null || previous.isNull() ? "" : previous.asText();
        return shapes.move(idText, classifier.classify(text.asText(), prev));
    }

    private static ObjectNode error(ObjectMapper json, int line, String message) {
        ObjectNode o = json.createObjectNode();
        o.put("line", line);
        o.put("error", message);
        return o;
    }

    private static int gradeTranscript(Path file, PrintStream out, PrintStream err, ObjectMapper json) {
        try {
            JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Transcript transcript = new TranscriptJson(MoveClassifier.standard()).parse(root);
            ObjectNode report =
                    new ReportJson(json).report(SessionScorer.standard().score(transcript));
            write(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
            return 0;
        } catch (NoSuchFileException e) {
            return fail(err, file, "no such file");
        } catch (JsonProcessingException e) {
            return fail(err, file, "not valid JSON: " + e.getOriginalMessage());
        } catch (TranscriptFormatException e) {
            return fail(err, file, e.getMessage());
        } catch (IOException e) {
            return fail(err, file, "cannot be read: " + e.getMessage());
        }
    }

    private static int fail(PrintStream err, Path file, String problem) {
        write(err, "grade: " + file + ": " + problem + "\n");
        return 2;
    }

    /** Writes UTF-8 bytes, so the output encoding never depends on the platform default. */
    private static void write(PrintStream stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stream.write(bytes, 0, bytes.length);
        stream.flush();
    }
}
