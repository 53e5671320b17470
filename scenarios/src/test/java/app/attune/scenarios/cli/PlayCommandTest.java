package app.attune.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.Skill;
import app.attune.scenarios.library.ScenarioLibrary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {}

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // An ASCII-only PrintStream: the command must still emit UTF-8 bytes.
        int exit = PlayCommand.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.US_ASCII),
                new PrintStream(err, true, StandardCharsets.US_ASCII));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void list_prints_one_json_line_per_scenario() throws IOException {
        Run r = run("", "--list");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(ScenarioLibrary.bundled().scenarios().size());
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.fieldNames()).toIterable().contains("id", "title", "style", "difficulty", "setting");
            assertThat(n.get("style").asText()).isIn("avoidant", "anxious", "disorganized", "secure");
            assertThat(n.get("difficulty").asInt()).isBetween(1, 3);
        }
    }

    @Test
    void help_prints_usage_and_exits_zero() {
        Run r = run("", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--scenario ID").contains("--check DIR").contains("--list");
    }

    @Test
    void bad_arguments_exit_non_zero_with_a_message() {
        assertThat(run("").exit()).isEqualTo(2);
        Run unknown = run("", "--frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown argument '--frobnicate'");
        Run noScript = run("", "--scenario", "avoidant-ops-director");
        assertThat(noScript.exit()).isEqualTo(2);
        assertThat(noScript.err()).contains("--script");
        Run badSeed = run("", "--scenario", "avoidant-ops-director", "--seed", "x", "--script", "-");
        assertThat(badSeed.exit()).isEqualTo(2);
        assertThat(badSeed.err()).contains("--seed must be a whole number");
    }

    @Test
    void an_unknown_scenario_exits_non_zero_with_a_message() {
        Run r = run("hello\n", "--scenario", "no-such-one", "--seed", "1", "--script", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown scenario 'no-such-one'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_missing_script_file_exits_non_zero_with_a_message(@TempDir Path dir) {
        Run r = run(
                "",
                "--scenario",
                "avoidant-ops-director",
                "--script",
                dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("script file not found");
    }

    @Test
    void a_script_that_is_not_utf8_exits_non_zero_with_a_message(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("latin1.txt");
        Files.write(script, new byte[] {'c', 'a', 'f', (byte) 0xE9, '?', '\n'});
        Run r = run("", "--scenario", "avoidant-ops-director", "--script", script.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not UTF-8 text");
    }

    @Test
    void a_scenarios_folder_that_is_not_there_exits_non_zero_with_a_message(@TempDir Path dir) {
        Run r = run("", "--list", "--scenarios", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--scenarios needs a folder");
    }

    @Test
    void check_prints_each_problem_as_file_line_message_and_exits_one(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("anxious-bad.yaml"), "id: anxious-bad\n  oops: [\n");
        Files.copy(
                Path.of("src/main/resources/scenarios/secure-startup-cto.yaml"),
                dir.resolve("secure-startup-cto.yaml"));
        Run r = run("", "--check", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().toList())
                .singleElement()
                .asString()
                .startsWith(dir.resolve("anxious-bad.yaml") + ":2: YAML syntax error");
    }

    @Test
    void check_of_a_clean_folder_exits_zero() {
        Run r = run("", "--check", "src/main/resources/scenarios");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @Test
    void check_of_a_missing_folder_exits_non_zero(@TempDir Path dir) {
        Run r = run("", "--check", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not one");
    }

    @Test
    void play_prints_the_opening_each_turn_and_the_report(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("turns.txt");
        Files.writeString(
                script,
                "Hi Martin, good to see you.\n\nWhat brings you here today?\n"
                        + "How does that feel for you — being the one everyone waits for?\n",
                StandardCharsets.UTF_8);
        Run r = run("", "--scenario", "avoidant-ops-director", "--seed", "7", "--script", script.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.at("/opening/text").asText()).isNotBlank();
        assertThat(doc.at("/opening/cue").asText()).isNotBlank();
        assertThat(doc.get("turns")).hasSize(3);
        JsonNode turn = doc.at("/turns/2");
        assertThat(turn.at("/trainee/text").asText()).contains("—");
        assertThat(turn.at("/trainee/codes").isArray()).isTrue();
        assertThat(turn.at("/trainee/codes/0").asText()).isNotBlank();
        assertThat(turn.at("/persona/text").asText()).isNotBlank();
        assertThat(turn.at("/persona/cue").asText()).isNotBlank();
        assertThat(turn.at("/persona/signals").isArray()).isTrue();
        assertThat(turn.at("/state/layer").asInt()).isBetween(0, 4);
        assertThat(turn.at("/state/safety").isInt()).isTrue();
        assertThat(turn.at("/state/activation").isInt()).isTrue();
        assertThat(doc.get("closed").asBoolean()).isFalse();
        assertThat(doc.get("ignored")).isEmpty();
        assertThat(doc.at("/report/overall").asInt()).isBetween(0, 100);
        for (Skill skill : Skill.values()) {
            JsonNode s = doc.at("/report/skills/" + skill.id());
            assertThat(s.get("score").asInt()).as(skill.id()).isBetween(0, 100);
            assertThat(s.get("level").asText()).isNotBlank();
        }
        // The same seed and script print the same document.
        assertThat(run("", "--scenario", "avoidant-ops-director", "--seed", "7", "--script", script.toString())
                        .out())
                .isEqualTo(r.out());
    }

    @Test
    void a_script_with_windows_line_endings_and_a_byte_order_mark_plays_clean_turns() throws IOException {
        Run r = run(
                "\uFEFFHello Martin.\r\n\r\nWhat brings you here?\r\n",
                "--scenario",
                "avoidant-ops-director",
                "--script",
                "-");
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("turns")).hasSize(2);
        assertThat(doc.at("/turns/0/trainee/text").asText()).isEqualTo("Hello Martin.");
        assertThat(doc.at("/turns/1/trainee/text").asText()).isEqualTo("What brings you here?");
        assertThat(doc.at("/turns/1/line").asInt()).isEqualTo(3);
    }

    @Test
    void a_scenario_file_with_a_byte_order_mark_checks_clean(@TempDir Path dir) throws IOException {
        byte[] file = Files.readAllBytes(Path.of("src/main/resources/scenarios/secure-startup-cto.yaml"));
        byte[] withBom = new byte[file.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(file, 0, withBom, 3, file.length);
        Files.write(dir.resolve("secure-startup-cto.yaml"), withBom);
        assertThat(run("", "--check", dir.toString()).exit()).isZero();
    }

    @Test
    void lines_after_the_persona_closed_are_ignored_and_reported() throws IOException {
        List<String> pushes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pushes.add(i % 2 == 0 ? "You should just delegate it." : "That's an excuse, frankly.");
        }
        Run r = run(String.join("\n", pushes) + "\n", "--scenario", "avoidant-ops-director", "--script", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("closed").asBoolean()).isTrue();
        assertThat(doc.get("closing").asText()).isEqualTo("curt");
        int played = doc.get("turns").size();
        assertThat(played).isLessThan(8);
        assertThat(doc.get("ignored")).hasSize(8 - played);
        assertThat(doc.at("/ignored/0/line").asInt()).isEqualTo(played + 1);
        assertThat(doc.at("/ignored/0/text").asText()).isEqualTo(pushes.get(played));
        for (JsonNode t : doc.get("turns")) {
            assertThat(t.at("/state/layer").asInt()).isZero();
        }
    }
}
