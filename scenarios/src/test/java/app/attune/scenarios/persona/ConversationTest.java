package app.attune.scenarios.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.grading.Transcript;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.testing.FakeClassifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConversationTest {

    private static final Scenario SCENARIO =
            ScenarioLibrary.bundled().find("avoidant-ops-director").orElseThrow();
    private static final PersonaEngine ENGINE = new PersonaEngine(new FakeClassifier());

    /** A mixed script that visits many situations, with pushes, a repair and neutral turns. */
    private static final List<String> SCRIPT = List.of(
            "closed: how many depots?",
            "emotive: how is that for you?",
            "ask: what happens then?",
            "advise: you should delegate",
            "repair: sorry, I jumped ahead",
            "reflect: it sounds heavy",
            "emotive: what is that like?",
            "reflect: you carry it alone",
            "deflect: what's on the agenda?",
            "emotive: how does that feel?",
            "reflect: part of you wants help",
            "emotive: what do you notice?",
            "reflect: that stung",
            "emotive: and now?",
            "reflect: it's lonely",
            "emotive: what would you like?",
            "reflect: so you'd ask earlier",
            "emotive: what else?");

    private static List<TurnOutcome> play(long seed, List<String> script) {
        Conversation c = ENGINE.start(SCENARIO, seed);
        List<TurnOutcome> out = new ArrayList<>();
        for (String line : script) {
            if (c.isClosed()) {
                break;
            }
            out.add(c.respond(line));
        }
        return out;
    }

    private static List<String> texts(List<TurnOutcome> turns) {
        return turns.stream().map(t -> t.reply().text()).toList();
    }

    @Test
    void the_same_seed_gives_the_same_conversation() {
        assertThat(play(42, SCRIPT)).isEqualTo(play(42, SCRIPT));
        assertThat(ENGINE.start(SCENARIO, 42).opening())
                .isEqualTo(ENGINE.start(SCENARIO, 42).opening());
    }

    @Test
    void different_seeds_give_different_wording() {
        Set<List<String>> wordings = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            wordings.add(texts(play(seed, SCRIPT)));
        }
        assertThat(wordings).hasSize(5);
    }

    @Test
    void different_seeds_do_not_change_what_the_persona_does() {
        List<TurnOutcome> a = play(1, SCRIPT);
        List<TurnOutcome> b = play(2, SCRIPT);
        assertThat(a.stream().map(TurnOutcome::state).toList())
                .isEqualTo(b.stream().map(TurnOutcome::state).toList());
    }

    @Test
    void no_line_repeats_while_alternatives_remain() {
        Conversation c = ENGINE.start(SCENARIO, 7);
        // 30 neutral turns hit the neutral situation (4 lines) far more often than it has lines.
        Set<String> said = new HashSet<>();
        said.add(c.opening().lineId());
        for (int i = 0; i < 30 && !c.isClosed(); i++) {
            TurnOutcome t = c.respond("closed: and then?");
            String id = t.reply().lineId();
            List<String> pool = SCENARIO.script().replies(t.state().layer(), bandOf(t), t.move()).stream()
                    .map(l -> l.id())
                    .toList();
            boolean alternativesLeft = pool.stream().anyMatch(p -> !said.contains(p));
            if (alternativesLeft && t.reply().disclosedLayer() == 0 && !t.closed()) {
                assertThat(said).as("turn %d", t.number()).doesNotContain(id);
            }
            said.add(id);
        }
    }

    @Test
    void a_persona_borrows_fitting_lines_from_broader_situations_before_repeating_itself() {
        Conversation c = ENGINE.start(SCENARIO, 7);
        Set<String> said = new HashSet<>();
        said.add(c.opening().lineId());
        boolean borrowed = false;
        for (int i = 0; i < 30 && !c.isClosed(); i++) {
            TurnOutcome t = c.respond("closed: and then?");
            var script = SCENARIO.script();
            List<String> fitting = new ArrayList<>();
            script.replies(t.state().layer(), bandOf(t), t.move()).forEach(l -> fitting.add(l.id()));
            List<String> broader = script.broaderReplies(t.state().layer(), bandOf(t), t.move()).stream()
                    .map(l -> l.id())
                    .toList();
            fitting.addAll(broader);
            String id = t.reply().lineId();
            if (fitting.stream().anyMatch(f -> !said.contains(f)) && t.reply().disclosedLayer() == 0 && !t.closed()) {
                assertThat(said).as("turn %d", t.number()).doesNotContain(id);
            }
            borrowed |= broader.contains(id);
            said.add(id);
        }
        assertThat(borrowed).as("some reply came from a broader situation").isTrue();
    }

    private static app.attune.scenarios.format.Band bandOf(TurnOutcome t) {
        StyleRules rules = StyleRules.forScenario(SCENARIO);
        return new StateMachine(rules).band(t.state().safety(), t.state().activation());
    }

    @Test
    void a_spent_pool_never_repeats_the_line_said_last() {
        Conversation c = ENGINE.start(SCENARIO, 3);
        String previous = null;
        for (int i = 0; i < 30 && !c.isClosed(); i++) {
            String id = c.respond("closed: and?").reply().lineId();
            assertThat(id).isNotEqualTo(previous);
            previous = id;
        }
    }

    @Test
    void a_resumed_conversation_continues_exactly_like_the_uninterrupted_one() {
        List<TurnOutcome> whole = play(99, SCRIPT);
        for (int cut = 0; cut < whole.size(); cut++) {
            Conversation first = ENGINE.start(SCENARIO, 99);
            for (int i = 0; i < cut; i++) {
                first.respond(SCRIPT.get(i));
            }
            Conversation resumed = ENGINE.resume(SCENARIO, 99, first.state(), List.copyOf(first.usedLineIds()));
            assertThat(resumed.opening()).isEqualTo(first.opening());
            List<TurnOutcome> rest = new ArrayList<>();
            for (int i = cut; i < SCRIPT.size() && !resumed.isClosed(); i++) {
                rest.add(resumed.respond(SCRIPT.get(i)));
            }
            assertThat(rest).as("resumed after %d turns", cut).isEqualTo(whole.subList(cut, whole.size()));
        }
    }

    @Test
    void a_resumed_conversation_continues_exactly_even_after_its_pools_are_spent() {
        List<String> script = java.util.Collections.nCopies(35, "closed: and then?");
        List<TurnOutcome> whole = play(5, script);
        for (int cut : new int[] {7, 19, 33}) {
            Conversation first = ENGINE.start(SCENARIO, 5);
            script.subList(0, cut).forEach(first::respond);
            Conversation resumed = ENGINE.resume(SCENARIO, 5, first.state(), first.usedLineIds());
            List<TurnOutcome> rest = new ArrayList<>();
            for (int i = cut; i < script.size() && !resumed.isClosed(); i++) {
                rest.add(resumed.respond(script.get(i)));
            }
            assertThat(rest).isEqualTo(whole.subList(cut, whole.size()));
        }
    }

    @Test
    void resuming_with_a_line_id_from_another_scenario_is_refused() {
        Conversation c = ENGINE.start(SCENARIO, 1);
        assertThatThrownBy(() -> ENGINE.resume(SCENARIO, 1, c.state(), List.of("opening#1", "nope#3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope#3");
    }

    @Test
    void every_reply_carries_a_stable_line_id_that_names_its_line() {
        for (TurnOutcome t : play(5, SCRIPT)) {
            assertThat(SCENARIO.script().line(t.reply().lineId()).orElseThrow().text())
                    .isEqualTo(t.reply().text());
            assertThat(t.reply().lineId()).matches(".+#\\d+");
        }
    }

    @Test
    void the_persona_state_survives_java_and_json_serialisation() throws Exception {
        PersonaState state = play(5, SCRIPT).get(6).state();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(state);
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(json.writeValueAsString(state), PersonaState.class))
                .isEqualTo(state);
    }

    @Test
    void a_closed_conversation_refuses_more_turns() {
        Conversation c = ENGINE.start(SCENARIO, 1);
        while (!c.isClosed()) {
            c.respond("confront: that's an excuse");
        }
        assertThat(c.state().closing()).isEqualTo(Closing.CURT);
        assertThat(c.turns().get(c.turns().size() - 1).reply().lineId()).startsWith("close-curt#");
        assertThatThrownBy(() -> c.respond("emotive: wait")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_transcript_mirrors_the_turns_for_the_grader() {
        Conversation c = ENGINE.start(SCENARIO, 11);
        SCRIPT.subList(0, 6).forEach(c::respond);
        Transcript t = c.transcript();
        assertThat(t.opening()).isEqualTo(c.opening().text());
        assertThat(t.turns()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            TurnOutcome o = c.turns().get(i);
            assertThat(t.turns().get(i).number()).isEqualTo(i + 1);
            assertThat(t.turns().get(i).traineeText()).isEqualTo(SCRIPT.get(i));
            assertThat(t.turns().get(i).personaText()).isEqualTo(o.reply().text());
            assertThat(t.turns().get(i).personaSignals()).isEqualTo(o.reply().signals());
            assertThat(t.turns().get(i).layerAfter()).isEqualTo(o.state().layer());
        }
    }
}
