package app.attune.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private int run(InputStream in, String... args) {
        // Latin-1 streams: the command must still write UTF-8 bytes
        return GradeCommand.run(
                args,
                in,
                new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void each_input_line_gets_one_output_line_with_codes_in_declaration_order_and_evidence() throws IOException {
        int rc = run("""
                {"id":"u1","text":"How did that land for you?","previous":"He just walked out."}
                {"id":"u2","text":"have you tried just asking?"}
                """);
        assertThat(rc).isZero();
        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("u1");
        assertThat(first.get("codes").toString()).isEqualTo("[\"OPEN_QUESTION\",\"EMOTIVE\"]");
        assertThat(first.get("evidence").get("EMOTIVE").asText()).contains("land");
        assertThat(json.readTree(lines.get(1)).get("codes").toString()).isEqualTo("[\"CLOSED_QUESTION\",\"ADVISE\"]");
    }

    @Test
    void a_malformed_line_reports_its_number_and_the_rest_still_run() throws IOException {
        int rc = run("""
                {"id":"a","text":"tell me more"}
                {not json
                {"id":"c"}
                {"id":"d","text":"mm"}
                """);
        assertThat(rc).isZero();
        List<String> lines = outLines();
        assertThat(lines).hasSize(4);
        assertThat(json.readTree(lines.get(1)).get("line").asInt()).isEqualTo(2);
        assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("not valid JSON");
        assertThat(json.readTree(lines.get(2)).get("line").asInt()).isEqualTo(3);
        assertThat(json.readTree(lines.get(2)).get("error").asText()).contains("text");
        assertThat(json.readTree(lines.get(3)).get("codes").get(0).asText()).isEqualTo("OTHER");
    }

    @Test
    void blank_lines_are_skipped_silently_but_still_counted() throws IOException {
        run("\n   \n{\"id\":\"x\",\"text\":\"ok\"}\n{oops\n");
        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines.get(1)).get("line").asInt()).isEqualTo(4);
    }

    @Test
    void output_is_utf8_whatever_the_stream_encoding() throws IOException {
        run("{\"id\":\"é✓\",\"text\":\"Ça va? 😀\"}\n");
        assertThat(json.readTree(outLines().get(0)).get("id").asText()).isEqualTo("é✓");
    }

    @Test
    void unreadable_stdin_exits_one_with_a_message() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        assertThat(run(broken)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not read stdin");
    }

    @Test
    void help_prints_usage() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--transcript FILE");
    }

    @Test
    void unknown_arguments_exit_two() {
        assertThat(run("", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown arguments");
    }

    @Test
    void transcript_mode_prints_the_session_report(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("session.json");
        Files.writeString(file, """
                {"opening": "I don't really know why I'm here.", "openingSignals": ["resistance"],
                 "turns": [
                   {"trainee": "You sound unsure about being here.", "persona": "Yeah. Maybe.", "layer": 1},
                   {"trainee": "You should just tell your boss.", "persona": "Whatever.",
                    "signals": ["withdrawal"], "layer": 1},
                   {"trainee": "I jumped ahead there, sorry. What's it like for you right now?",
                    "persona": "Honestly? Lonely.", "signals": ["disclosure"], "layer": 2,
                    "codes": ["OPEN_QUESTION", "EMOTIVE", "REPAIR"]}
                 ]}
                """);
        assertThat(run("", "--transcript", file.toString())).isZero();
        JsonNode report = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("overall").asInt()).isBetween(0, 100);
        JsonNode repair = report.get("skills").get("repair");
        assertThat(repair.get("score").asInt()).isEqualTo(100);
        assertThat(repair.get("level").asText()).isEqualTo("strong");
        assertThat(repair.get("turns").toString()).isEqualTo("[2,3]");
        assertThat(report.get("skills").fieldNames()).toIterable().hasSize(7);
        assertThat(report.get("annotations")).hasSize(3);
        assertThat(report.get("annotations").get(1).get("stance").asText()).isEqualTo("push");
        assertThat(report.get("resistanceMoments").get(0).get("outcome").asText())
                .isEqualTo("explored");
        assertThat(report.get("suggestions").get(0).get("turn").asInt()).isEqualTo(2);
    }

    @Test
    void a_missing_transcript_file_is_named_on_stderr_and_exits_two() {
        assertThat(run("", "--transcript", "/no/such/file.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("/no/such/file.json")
                .contains("no such file");
    }

    @Test
    void a_transcript_with_a_bad_signal_says_which_turn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"turns\":[{\"trainee\":\"hi\"},{\"trainee\":\"ok\",\"signals\":[\"sulking\"]}]}");
        assertThat(run("", "--transcript", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("bad.json")
                .contains("turns[1].signals")
                .contains("sulking");
    }

    @Test
    void a_transcript_that_is_not_json_is_reported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"turns\": [");
        assertThat(run("", "--transcript", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.json").contains("not valid JSON");
    }
}
