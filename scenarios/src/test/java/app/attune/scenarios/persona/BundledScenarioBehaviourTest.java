package app.attune.scenarios.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.PersonaSignal;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.testing.Scripts;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays generic scripts against every bundled scenario with the real classifier and scorer, so a
 * new scenario file is covered as soon as it is added.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledScenarioBehaviourTest {

    static final int MAX_TURNS = 40;
    static final PersonaEngine ENGINE = PersonaEngine.standard();

    static Stream<Scenario> scenarios() {
        return ScenarioLibrary.bundled().scenarios().stream();
    }

    record Played(Conversation conversation, int deepest, Set<PersonaSignal> signals) {
        SessionReport report() {
            return SessionScorer.standard().score(conversation.transcript());
        }
    }

    static Played play(Scenario scenario, Scripts.Script script, long seed, int turns) {
        Conversation c = ENGINE.start(scenario, seed);
        String last = c.opening().text();
        Set<PersonaSignal> signals = EnumSet.noneOf(PersonaSignal.class);
        for (int turn = 1; turn <= turns && !c.isClosed(); turn++) {
            TurnOutcome t = c.respond(script.apply(last, turn));
            signals.addAll(t.reply().signals());
            last = t.reply().text();
        }
        return new Played(c, c.state().layer(), signals);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void an_exploring_script_goes_deep_and_scores_higher_than_a_pushing_one(Scenario scenario) {
        Played exploring = play(scenario, Scripts.EXPLORING, 1, MAX_TURNS);
        Played pushing = play(scenario, Scripts.PUSHING, 1, MAX_TURNS);
        assertThat(exploring.deepest()).isGreaterThanOrEqualTo(scenario.difficulty() <= 2 ? 3 : 2);
        assertThat(pushing.deepest()).isLessThanOrEqualTo(1);
        assertThat(exploring.report().overall()).isGreaterThan(pushing.report().overall());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void exploring_with_neutral_encouragers_in_between_still_gets_below_the_surface(Scenario scenario) {
        Played mixed = play(scenario, Scripts.MIXED, 1, MAX_TURNS);
        assertThat(mixed.deepest()).isGreaterThanOrEqualTo(scenario.difficulty() <= 2 ? 3 : 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void a_repair_after_a_push_mends_the_rupture_and_the_conversation_deepens(Scenario scenario) {
        Conversation c = ENGINE.start(scenario, 1);
        String last = c.opening().text();
        TurnOutcome pushed = null;
        TurnOutcome repaired = null;
        for (int turn = 1; turn <= MAX_TURNS && !c.isClosed(); turn++) {
            TurnOutcome t = c.respond(Scripts.REPAIRING.apply(last, turn));
            if (turn == 3) {
                pushed = t;
            } else if (turn == 4) {
                repaired = t;
            }
            last = t.reply().text();
        }
        assertThat(pushed.move().isPush()).isTrue();
        assertThat(repaired.classified().has(app.attune.grading.MoveCode.REPAIR))
                .isTrue();
        assertThat(repaired.state().rupture()).isFalse();
        assertThat(repaired.state().safety()).isGreaterThan(pushed.state().safety());
        assertThat(c.state().layer()).isGreaterThanOrEqualTo(scenario.difficulty() <= 2 ? 3 : 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void a_polite_factual_script_that_avoids_feelings_stays_shallow(Scenario scenario) {
        Played avoiding = play(scenario, Scripts.AVOIDING, 1, MAX_TURNS);
        assertThat(avoiding.deepest()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_exploring_script_meets_resistance_that_does_not_collapse_at_once(Scenario scenario) {
        Played six = play(scenario, Scripts.EXPLORING, 1, 6);
        if (scenario.style() != AttachmentStyle.SECURE) {
            assertThat(six.deepest()).isLessThanOrEqualTo(2);
        }
        // Avoidant personas minimise and disorganized ones retreat before they open; an anxious
        // persona clings rather than resists, and a secure one has little to resist.
        if (scenario.style() == AttachmentStyle.AVOIDANT || scenario.style() == AttachmentStyle.DISORGANIZED) {
            assertThat(six.signals()).contains(PersonaSignal.RESISTANCE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reassurance_calms_an_anxious_persona_after_a_confrontation_but_opens_nothing(Scenario scenario) {
        if (scenario.style() != AttachmentStyle.ANXIOUS) {
            return;
        }
        Conversation c = ENGINE.start(scenario, 1);
        TurnOutcome confronted = c.respond("Honestly, that sounds like an excuse.");
        assertThat(confronted.reply().signals()).contains(PersonaSignal.ESCALATION);
        TurnOutcome soothed = c.respond("Don't worry, it'll be fine.");
        assertThat(soothed.state().activation()).isLessThan(confronted.state().activation());
        for (int turn = 3; turn <= 12 && !c.isClosed(); turn++) {
            c.respond(Scripts.REASSURING.apply("", turn));
        }
        assertThat(c.state().layer()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_same_pushing_script_draws_the_reaction_of_the_style(Scenario scenario) {
        Played pushed = play(scenario, Scripts.PUSHING, 3, 4);
        Set<PersonaSignal> s = pushed.signals();
        switch (scenario.style()) {
            case AVOIDANT -> assertThat(s).contains(PersonaSignal.WITHDRAWAL);
            case ANXIOUS -> assertThat(s).contains(PersonaSignal.ESCALATION);
            case DISORGANIZED -> assertThat(s).contains(PersonaSignal.FREEZE);
            case SECURE -> {
                assertThat(s)
                        .contains(PersonaSignal.RESISTANCE)
                        .doesNotContain(PersonaSignal.WITHDRAWAL, PersonaSignal.ESCALATION, PersonaSignal.FREEZE);
                assertThat(pushed.conversation().isClosed()).isFalse();
            }
        }
        assertThat(s).doesNotContain(PersonaSignal.DISCLOSURE);
    }
}
