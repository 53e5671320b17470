package app.attune.scenarios.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.PersonaSignal;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Band;
import app.attune.scenarios.format.Move;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StateMachineTest {

    private static StateMachine machine(AttachmentStyle style) {
        return new StateMachine(StyleRules.defaults(style));
    }

    private static PersonaState play(StateMachine m, PersonaState s, Move... moves) {
        for (Move move : moves) {
            s = m.advance(s, move).state();
        }
        return s;
    }

    private static PersonaState start(AttachmentStyle style) {
        return PersonaState.initial(StyleRules.defaults(style));
    }

    /** Alternating emotive questions and reflections: the pattern a good coach uses. */
    private static Move[] exploring(int turns) {
        Move[] moves = new Move[turns];
        for (int i = 0; i < turns; i++) {
            moves[i] = i % 2 == 0 ? Move.EMOTIVE : Move.REFLECT;
        }
        return moves;
    }

    @ParameterizedTest
    @EnumSource(AttachmentStyle.class)
    void pushing_never_unlocks_a_deeper_layer(AttachmentStyle style) {
        StateMachine m = machine(style);
        for (Move push : Move.pushes()) {
            // Even from a state that is one step from every threshold.
            for (int layer = 0; layer < 4; layer++) {
                PersonaState ready = new PersonaState(5, 100, 0, layer, 9, 0, 0, false, false, Closing.OPEN);
                StateMachine.Step step = m.advance(ready, push);
                assertThat(step.state().layer())
                        .as("%s after %s at layer %d", style, push, layer)
                        .isEqualTo(layer);
                assertThat(step.signals()).doesNotContain(PersonaSignal.DISCLOSURE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = AttachmentStyle.class,
            names = {"AVOIDANT", "ANXIOUS", "DISORGANIZED"})
    void resistance_does_not_collapse_after_a_few_good_turns(AttachmentStyle style) {
        PersonaState after6 = play(machine(style), start(style), exploring(6));
        assertThat(after6.layer()).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(AttachmentStyle.class)
    void patient_exploring_reaches_the_new_option_and_closes_warmly(AttachmentStyle style) {
        StateMachine m = machine(style);
        PersonaState s = start(style);
        int turns = 0;
        while (!s.closed() && turns < 40) {
            s = m.advance(s, turns % 2 == 0 ? Move.EMOTIVE : Move.REFLECT).state();
            turns++;
        }
        assertThat(s.layer()).isEqualTo(4);
        assertThat(s.closing()).isEqualTo(Closing.WARM);
        assertThat(turns).isBetween(8, 30);
    }

    @Test
    void each_layer_needs_a_minimum_of_exploring_turns_at_the_one_before_even_with_full_safety() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState s = new PersonaState(3, 100, 25, 1, 0, 0, 0, false, false, Closing.OPEN);
        s = play(m, s, Move.REFLECT, Move.REFLECT);
        assertThat(s.layer()).isEqualTo(1);
        s = play(m, s, Move.REFLECT);
        assertThat(s.layer()).isEqualTo(2);
    }

    @Test
    void each_layer_needs_more_safety_than_the_one_before() {
        StyleRules rules = StyleRules.defaults(AttachmentStyle.AVOIDANT);
        for (int layer = 2; layer <= 4; layer++) {
            assertThat(rules.layer(layer).safety())
                    .isGreaterThan(rules.layer(layer - 1).safety());
        }
        StateMachine m = new StateMachine(rules);
        // Enough patience but too little trust: no layer opens.
        PersonaState s = new PersonaState(5, 30, 25, 1, 5, 0, 0, false, false, Closing.OPEN);
        StateMachine.Step step = m.advance(s, Move.INQUIRE);
        assertThat(step.state().layer()).isEqualTo(1);
    }

    @Test
    void a_neutral_move_can_bring_out_the_surface_problem_but_nothing_deeper() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState s = play(m, start(AttachmentStyle.AVOIDANT), Move.NEUTRAL);
        assertThat(s.layer()).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            s = m.advance(s, Move.NEUTRAL).state();
        }
        assertThat(s.layer()).isEqualTo(1);
    }

    @Test
    void an_avoidant_persona_withdraws_when_pushed_and_a_rupture_opens() {
        StateMachine.Step step =
                machine(AttachmentStyle.AVOIDANT).advance(start(AttachmentStyle.AVOIDANT), Move.ADVISE);
        assertThat(step.signals()).contains(PersonaSignal.WITHDRAWAL, PersonaSignal.RUPTURE);
        assertThat(step.state().rupture()).isTrue();
        assertThat(step.state().safety())
                .isLessThan(start(AttachmentStyle.AVOIDANT).safety());
    }

    @Test
    void an_anxious_persona_escalates_when_confronted() {
        StateMachine.Step step =
                machine(AttachmentStyle.ANXIOUS).advance(start(AttachmentStyle.ANXIOUS), Move.CONFRONT);
        assertThat(step.signals()).contains(PersonaSignal.ESCALATION);
        assertThat(step.band()).isEqualTo(Band.ACTIVATED);
    }

    @Test
    void reassurance_soothes_an_anxious_persona_back_to_rest_but_no_further_and_opens_nothing() {
        StateMachine m = machine(AttachmentStyle.ANXIOUS);
        int rest = StyleRules.defaults(AttachmentStyle.ANXIOUS).startActivation();
        PersonaState flooded =
                m.advance(start(AttachmentStyle.ANXIOUS), Move.CONFRONT).state();
        PersonaState calm = m.advance(flooded, Move.REASSURE).state();
        assertThat(calm.activation()).isLessThan(flooded.activation()).isGreaterThanOrEqualTo(rest);
        assertThat(calm.strain()).isEqualTo(flooded.strain());
        PersonaState reassuredMore = play(m, calm, Move.REASSURE, Move.REASSURE, Move.REASSURE, Move.REASSURE);
        assertThat(reassuredMore.activation()).isEqualTo(rest);
        assertThat(reassuredMore.layer()).isZero();
        PersonaState attuned = play(m, calm, Move.REFLECT, Move.REFLECT);
        assertThat(attuned.activation()).isLessThan(rest);
    }

    @Test
    void a_disorganized_persona_freezes_when_pushed() {
        StateMachine.Step step =
                machine(AttachmentStyle.DISORGANIZED).advance(start(AttachmentStyle.DISORGANIZED), Move.ADVISE);
        assertThat(step.signals()).contains(PersonaSignal.FREEZE);
        assertThat(step.band()).isEqualTo(Band.ACTIVATED);
    }

    @Test
    void a_disorganized_persona_pulls_back_after_a_disclosure_if_pressed_with_feelings() {
        StateMachine m = machine(AttachmentStyle.DISORGANIZED);
        PersonaState s = new PersonaState(6, 45, 45, 1, 2, 0, 0, false, false, Closing.OPEN);
        StateMachine.Step reveal = m.advance(s, Move.REFLECT);
        assertThat(reveal.disclosed()).isEqualTo(2);
        StateMachine.Step pressed = m.advance(reveal.state(), Move.EMOTIVE);
        StateMachine.Step paced = m.advance(reveal.state(), Move.REFLECT);
        assertThat(pressed.state().activation()).isGreaterThan(paced.state().activation());
    }

    @Test
    void a_secure_persona_disagrees_when_pushed_but_stays_engaged() {
        StateMachine m = machine(AttachmentStyle.SECURE);
        PersonaState s = start(AttachmentStyle.SECURE);
        List<PersonaSignal> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            StateMachine.Step step = m.advance(s, i % 2 == 0 ? Move.ADVISE : Move.CONFRONT);
            seen.addAll(step.signals());
            s = step.state();
        }
        assertThat(seen)
                .contains(PersonaSignal.RESISTANCE)
                .doesNotContain(PersonaSignal.WITHDRAWAL, PersonaSignal.ESCALATION, PersonaSignal.FREEZE);
        assertThat(s.closed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(AttachmentStyle.class)
    void a_run_of_pushes_closes_the_conversation_curtly(AttachmentStyle style) {
        StateMachine m = machine(style);
        PersonaState s = start(style);
        for (int i = 0; i < 10 && !s.closed(); i++) {
            s = m.advance(s, Move.CONFRONT).state();
        }
        assertThat(s.closing()).isEqualTo(Closing.CURT);
    }

    @Test
    void an_exploring_move_resets_the_run_of_pushes() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState s = play(m, start(AttachmentStyle.AVOIDANT), Move.ADVISE, Move.ADVISE, Move.REFLECT, Move.ADVISE);
        assertThat(s.strain()).isEqualTo(1);
        assertThat(s.closed()).isFalse();
    }

    @Test
    void a_repair_after_a_rupture_restores_safety_and_closes_the_rupture() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState before = new PersonaState(4, 50, 25, 2, 1, 0, 0, false, false, Closing.OPEN);
        PersonaState ruptured = m.advance(before, Move.CONFRONT).state();
        assertThat(ruptured.rupture()).isTrue();
        PersonaState repaired = m.advance(ruptured, Move.REPAIR).state();
        PersonaState notRepaired = m.advance(ruptured, Move.INQUIRE).state();
        assertThat(repaired.rupture()).isFalse();
        assertThat(notRepaired.rupture()).isTrue();
        assertThat(repaired.safety()).isGreaterThan(notRepaired.safety());
        assertThat(repaired.safety()).isGreaterThanOrEqualTo(before.safety());
    }

    @Test
    void an_open_rupture_blocks_deeper_layers_until_it_heals() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState ruptured = new PersonaState(8, 90, 25, 2, 5, 1, 0, false, true, Closing.OPEN);
        StateMachine.Step step = m.advance(ruptured, Move.REFLECT);
        assertThat(step.state().layer()).isEqualTo(2);
        PersonaState healed = play(m, step.state(), Move.REFLECT, Move.REFLECT);
        assertThat(healed.rupture()).isFalse();
    }

    @Test
    void an_avoidant_persona_resists_feelings_questions_while_guarded() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState s = play(m, start(AttachmentStyle.AVOIDANT), Move.NEUTRAL);
        StateMachine.Step step = m.advance(s, Move.EMOTIVE);
        assertThat(step.band()).isEqualTo(Band.GUARDED);
        assertThat(step.signals()).contains(PersonaSignal.RESISTANCE);
        assertThat(step.state().resistance()).isTrue();
    }

    @Test
    void a_disclosure_signal_carries_the_layer_it_opened() {
        StateMachine.Step step = machine(AttachmentStyle.SECURE).advance(start(AttachmentStyle.SECURE), Move.INQUIRE);
        assertThat(step.disclosed()).isEqualTo(1);
        assertThat(step.signals()).contains(PersonaSignal.DISCLOSURE);
        assertThat(step.state().layer()).isEqualTo(1);
    }

    @Test
    void the_conversation_closes_at_max_turns() {
        StateMachine m = machine(AttachmentStyle.AVOIDANT);
        PersonaState s = start(AttachmentStyle.AVOIDANT);
        for (int i = 0; i < 40; i++) {
            s = m.advance(s, Move.NEUTRAL).state();
        }
        assertThat(s.closing()).isEqualTo(Closing.CURT);
        assertThat(s.turns()).isEqualTo(40);
    }

    @Test
    void difficulty_shifts_the_thresholds() {
        StyleRules base = StyleRules.defaults(AttachmentStyle.ANXIOUS);
        assertThat(base.forDifficulty(1).layer(3).safety())
                .isLessThan(base.layer(3).safety());
        assertThat(base.forDifficulty(3).layer(3).safety())
                .isGreaterThan(base.layer(3).safety());
        assertThat(base.forDifficulty(3).layer(3).turns())
                .isGreaterThan(base.layer(3).turns());
        assertThat(base.forDifficulty(1).startSafety()).isGreaterThan(base.startSafety());
    }
}
