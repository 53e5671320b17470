package app.attune.scenarios.cli;

import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.SkillScore;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.persona.Conversation;
import app.attune.scenarios.persona.PersonaEngine;
import app.attune.scenarios.persona.PersonaReply;
import app.attune.scenarios.persona.PersonaState;
import app.attune.scenarios.persona.TurnOutcome;
import app.attune.scenarios.validate.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code play}: the command-line face of the scenarios module. The web-ui executable dispatches
 * {@code java -jar attune.jar play ...} here. Output is written as UTF-8 bytes whatever the
 * platform's console encoding, because evaluations parse it.
 *
 * <p>Exit codes: 0 success; 1 problems found ({@code --check}) or the run failed; 2 bad arguments,
 * unknown scenario or unreadable file.
 */
public final class PlayCommand {

    static final String USAGE = """
            Usage: play --list [--scenarios DIR]
                   play --scenario ID [--seed N] --script FILE [--scenarios DIR]
                   play --check DIR
                   play --help

              --list            one JSON line per scenario: id, title, style, difficulty, setting
              --scenario ID     play the trainee lines in FILE (one per line, blank lines skipped;
                                FILE '-' reads standard input) against the persona of scenario ID
                                and print one JSON document: opening, turns, closed, ignored, report
              --seed N          makes the persona's wording reproducible (default 1)
              --scenarios DIR   also load scenarios from DIR (besides the bundled ones)
              --check DIR       validate every *.yaml in DIR; prints file:line: message per problem,
                                exit 1 if any problem, 0 otherwise
            Exit codes: 0 ok, 1 problems found or run failed, 2 bad arguments, unknown scenario or file.
            """;

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private PlayCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs {@code play} with the arguments after "play"; returns the exit code. Never calls System.exit. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PlayArgs parsed;
        try {
            parsed = PlayArgs.parse(args);
        } catch (IllegalArgumentException e) {
            print(err, "play: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            return switch (parsed.command()) {
                case HELP -> {
                    print(out, USAGE);
                    yield 0;
                }
                case LIST, PLAY -> {
                    Optional<String> missing = missingFolder(parsed);
                    if (missing.isPresent()) {
                        print(err, "play: --scenarios needs a folder, and " + missing.get() + " is not one\n");
                        yield 2;
                    }
                    yield parsed.command() == Command.LIST ? list(parsed, out, err) : play(parsed, in, out, err);
                }
                case CHECK -> check(parsed, out, err);
            };
        } catch (RuntimeException e) {
            print(err, "play: failed: " + e + "\n");
            return 1;
        }
    }

    /** A --scenarios folder that is not there is a wrong argument, not a scenario problem. */
    private static Optional<String> missingFolder(PlayArgs args) {
        return args.scenarios().filter(dir -> !Files.isDirectory(Path.of(dir)));
    }

    private static ScenarioLibrary library(PlayArgs args, PrintStream err) {
        ScenarioLibrary library = ScenarioLibrary.load(args.scenarios().map(Path::of));
        for (Problem p : library.problems()) {
            print(err, "play: skipped a scenario file: " + p + "\n");
        }
        return library;
    }

    private static int list(PlayArgs args, PrintStream out, PrintStream err) {
        StringBuilder lines = new StringBuilder();
        for (Scenario s : library(args, err).scenarios()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", s.id());
            o.put("title", s.title());
            o.put("style", s.style().id());
            o.put("difficulty", s.difficulty());
            o.put("setting", s.setting());
            lines.append(write(o)).append('\n');
        }
        print(out, lines.toString());
        return 0;
    }

    private static int check(PlayArgs args, PrintStream out, PrintStream err) {
        Path folder = Path.of(args.check().orElseThrow());
        if (!Files.isDirectory(folder)) {
            print(err, "play: --check needs a folder, and " + folder + " is not one\n");
            return 2;
        }
        ScenarioLibrary library = ScenarioLibrary.fromFolder(folder);
        StringBuilder text = new StringBuilder();
        for (Problem p : library.problems()) {
            text.append(p).append('\n');
        }
        print(out, text.toString());
        print(
                err,
                "play: checked " + folder + ": " + library.scenarios().size() + " valid, "
                        + library.problems().size() + " problem(s)\n");
        return library.hasProblems() ? 1 : 0;
    }

    private static int play(PlayArgs args, InputStream in, PrintStream out, PrintStream err) {
        ScenarioLibrary library = library(args, err);
        String id = args.scenario().orElseThrow();
        Optional<Scenario> found = library.find(id);
        if (found.isEmpty()) {
            print(err, "play: unknown scenario '" + id + "' (see play --list)\n");
            return 2;
        }
        List<String> lines;
        String file = args.script().orElseThrow();
        try {
            byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            // A byte-order mark from a Windows editor is not part of the first turn.
            lines = (text.startsWith("\uFEFF") ? text.substring(1) : text)
                    .lines()
                    .toList();
        } catch (NoSuchFileException e) {
            print(err, "play: script file not found: " + file + "\n");
            return 2;
        } catch (java.nio.charset.CharacterCodingException e) {
            print(err, "play: script file " + file + " is not UTF-8 text; save it as UTF-8 and try again\n");
            return 2;
        } catch (IOException e) {
            print(err, "play: cannot read script file " + file + ": " + e.getMessage() + "\n");
            return 2;
        }

        Scenario scenario = found.get();
        Conversation conversation = PersonaEngine.standard().start(scenario, args.seed());
        ObjectNode doc = JSON.createObjectNode();
        ObjectNode meta = doc.putObject("scenario");
        meta.put("id", scenario.id());
        meta.put("version", scenario.version());
        meta.put("title", scenario.title());
        meta.put("style", scenario.style().id());
        meta.put("difficulty", scenario.difficulty());
        meta.put("setting", scenario.setting());
        doc.put("seed", args.seed());
        doc.set("opening", reply(conversation.opening()));
        ArrayNode turns = doc.putArray("turns");
        ArrayNode ignored = JSON.createArrayNode();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (conversation.isClosed()) {
                ObjectNode ig = ignored.addObject();
                ig.put("line", i + 1);
                ig.put("text", text);
                continue;
            }
            TurnOutcome t = conversation.respond(text);
            ObjectNode turn = turns.addObject();
            turn.put("number", t.number());
            turn.put("line", i + 1);
            ObjectNode trainee = turn.putObject("trainee");
            trainee.put("text", t.traineeText());
            ArrayNode codes = trainee.putArray("codes");
            for (MoveCode c : t.classified().codes()) {
                codes.add(c.name());
            }
            trainee.put("move", t.move().id());
            turn.set("persona", reply(t.reply()));
            turn.set("state", state(t.state()));
        }
        doc.put("closed", conversation.isClosed());
        doc.put(
                "closing",
                conversation.isClosed() ? conversation.state().closing().id() : null);
        doc.set("ignored", ignored);
        int exit = 0;
        try {
            SessionReport report = SessionScorer.standard().score(conversation.transcript());
            ObjectNode r = doc.putObject("report");
            r.put("overall", report.overall());
            ObjectNode skills = r.putObject("skills");
            for (Map.Entry<app.attune.grading.Skill, SkillScore> e :
                    report.skills().entrySet()) {
                ObjectNode s = skills.putObject(e.getKey().id());
                s.put("score", e.getValue().score());
                s.put("level", e.getValue().level().id());
                s.put("explanation", e.getValue().explanation());
                ArrayNode at = s.putArray("turns");
                e.getValue().turns().forEach(at::add);
            }
        } catch (RuntimeException e) {
            doc.putNull("report");
            print(err, "play: the session report failed: " + e + "\n");
            exit = 1;
        }
        print(out, write(doc) + "\n");
        return exit;
    }

    private static ObjectNode reply(PersonaReply reply) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", reply.text());
        o.put("cue", reply.cue());
        o.put("lineId", reply.lineId());
        ArrayNode signals = o.putArray("signals");
        for (PersonaSignal s : reply.signals()) {
            signals.add(s.id());
        }
        o.put("disclosedLayer", reply.disclosedLayer());
        return o;
    }

    private static ObjectNode state(PersonaState s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("layer", s.layer());
        o.put("safety", s.safety());
        o.put("activation", s.activation());
        o.put("resistance", s.resistance());
        o.put("rupture", s.rupture());
        o.put("turns", s.turns());
        o.put("progress", s.progress());
        o.put("strain", s.strain());
        o.put("healing", s.healing());
        o.put("closing", s.closing().id());
        return o;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes UTF-8 bytes directly, so the output does not depend on the console's charset. */
    private static void print(PrintStream stream, String text) {
        stream.write(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8).length);
        stream.flush();
    }
}
