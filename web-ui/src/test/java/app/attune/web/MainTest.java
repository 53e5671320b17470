package app.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_every_subcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("serve")
                .contains("grade")
                .contains("play");
    }

    @Test
    void an_unknown_command_is_named_and_fails() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'frobnicate'");
    }

    @Test
    void play_is_dispatched_to_the_scenario_player() {
        assertThat(run("play", "--list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"style\":\"avoidant\"");
    }

    @Test
    void grade_is_dispatched_to_the_grader() {
        assertThat(run("grade", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .containsIgnoringCase("grade");
    }

    @Test
    void a_bad_port_is_refused_with_the_option_named() {
        assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a port number");
    }
}
