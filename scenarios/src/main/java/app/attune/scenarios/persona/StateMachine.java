package app.attune.scenarios.persona;

import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.scenarios.format.Band;
import app.attune.scenarios.format.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The persona's rules: how one trainee move changes the state and which signals the reply shows.
 * Pure (no randomness, no text), so every rule can be tested on its own and a stored state plus the
 * next move always gives the same next state. The order of the steps below matters and is the one
 * docs/scenario-format.md describes.
 */
final class StateMachine {

    /** Exploring turns in a row that close a rupture without an explicit repair. */
    static final int HEALING_TURNS = 3;

    private final StyleRules rules;

    StateMachine(StyleRules rules) {
        this.rules = rules;
    }

    /** The state after a move, the signals to show, the layer opened (0 if none), and the band. */
    record Step(PersonaState state, Set<PersonaSignal> signals, int disclosed, Band band) {}

    Band band(int safety, int activation) {
        if (activation >= rules.activatedAt()) {
            return Band.ACTIVATED;
        }
        return safety >= rules.openAt() ? Band.OPEN : Band.GUARDED;
    }

    /** For rule tests: the move with the codes it most typically comes from. */
    Step advance(PersonaState s, Move move) {
        Set<MoveCode> codes =
                switch (move) {
                    case EMOTIVE -> EnumSet.of(MoveCode.OPEN_QUESTION, MoveCode.EMOTIVE);
                    case REFLECT -> EnumSet.of(MoveCode.REFLECTION_COMPLEX);
                    case REPAIR -> EnumSet.of(MoveCode.REPAIR);
                    case INQUIRE -> EnumSet.of(MoveCode.OPEN_QUESTION);
                    case NEUTRAL -> EnumSet.of(MoveCode.CLOSED_QUESTION);
                    case ADVISE -> EnumSet.of(MoveCode.ADVISE);
                    case CONFRONT -> EnumSet.of(MoveCode.CONFRONT);
                    case REASSURE -> EnumSet.of(MoveCode.REASSURE);
                    case DEFLECT -> EnumSet.of(MoveCode.DEFLECT);
                };
        return advance(s, move, codes);
    }

    /**
     * @param move the move name the persona reacts to
     * @param codes the grader's codes behind it: an emotive reflection ("sounds like that stung")
     *     contains like a reflection instead of probing like an emotive question, and only
     *     emotive moves, complex reflections and repairs open the feelings layer
     */
    Step advance(PersonaState s, Move move, Set<MoveCode> codes) {
        boolean reflective = codes.contains(MoveCode.REFLECTION_SIMPLE) || codes.contains(MoveCode.REFLECTION_COMPLEX);
        boolean touchesFeelings = move == Move.EMOTIVE
                || move == Move.REPAIR
                || (move == Move.REFLECT && codes.contains(MoveCode.REFLECTION_COMPLEX));
        StyleRules.MoveEffect effect = rules.effect(move);
        if (move == Move.EMOTIVE && reflective) {
            StyleRules.MoveEffect reflect = rules.effect(Move.REFLECT);
            effect = new StyleRules.MoveEffect(
                    Math.max(effect.safety(), reflect.safety()), reflect.activation(), effect.strain());
        }
        Set<PersonaSignal> signals = EnumSet.noneOf(PersonaSignal.class);

        // Activation drifts back toward the style's resting level first, so a soothing move (an
        // anxious persona being reassured) only helps for a turn or two.
        int activation = s.activation() + (rules.startActivation() - s.activation()) / 4;
        int gain = effect.safety();
        if (s.rupture() && move.isExplore() && move != Move.REPAIR && gain > 0) {
            gain = gain / 2; // trust comes back slowly until the rupture is repaired
        }
        int safety = clamp(s.safety() + gain);
        if (move.isPush() && effect.activation() < 0) {
            // Relief from a push (reassurance, a change of subject) brings the persona back to its
            // resting level at most; only being met (reflections, repair) settles it further.
            activation = Math.max(activation + effect.activation(), Math.min(activation, rules.startActivation()));
        } else {
            activation = clamp(activation + effect.activation());
        }

        int strain = s.strain();
        if (move.isPush()) {
            strain += effect.strain();
        } else if (move.isExplore()) {
            strain = 0;
        }

        boolean rupture = s.rupture();
        int healing = s.healing();
        if (rupture && move == Move.REPAIR) {
            rupture = false;
            healing = 0;
            safety = clamp(safety + rules.repairBonus());
        } else if (rupture && move.isExplore()) {
            healing++;
            if (healing >= HEALING_TURNS) {
                rupture = false;
                healing = 0;
            }
        } else if (rupture && move.isPush()) {
            healing = 0;
        }

        boolean strained = move.isPush() && effect.strain() > 0;
        if (strained) {
            signals.add(rules.reaction());
            if (!rupture && strain >= rules.ruptureAfter()) {
                rupture = true;
                healing = 0;
                signals.add(PersonaSignal.RUPTURE);
            }
        }

        int layer = s.layer();
        int progress = s.progress();
        // The feelings layer (1 to 2) opens only to moves that touch inner experience (emotive
        // moves, complex reflections, repair); a factual question or a parroting reflection helps
        // safety, not depth. Beyond it, any exploring move counts (open questions are how a
        // pattern gets looked at); before it, anything but a push brings out the surface problem.
        boolean counts =
                switch (layer) {
                    case 0 -> move.isExplore() || move == Move.NEUTRAL;
                    case 1 -> touchesFeelings;
                    default -> move.isExplore();
                };
        if (counts) {
            progress++;
        } else if (move.isPush()) {
            progress = 0; // a push loses the momentum built at this layer
        }
        // A layer opens only on a move that counts, with enough safety, enough patience at the
        // current layer, no flooding and no open rupture.
        int disclosed = 0;
        if (counts && layer < 4 && !rupture && band(safety, activation) != Band.ACTIVATED) {
            StyleRules.LayerNeed need = rules.layer(layer + 1);
            if (safety >= need.safety() && progress >= need.turns()) {
                layer++;
                progress = 0;
                disclosed = layer;
                signals.add(PersonaSignal.DISCLOSURE);
            }
        }

        Band band = band(safety, activation);
        if (disclosed > 1) {
            // Having said something close stirs the persona up; it shows on the next turn, not this one.
            // The surface problem (layer 1) is what they came to say, so it stirs nothing.
            activation = clamp(activation + rules.revealActivation());
        }
        boolean resistance = s.resistance();
        if (disclosed > 0 || band == Band.OPEN) {
            resistance = false;
        }
        if (disclosed == 0 && band == Band.GUARDED && move.isExplore() && move != Move.REPAIR) {
            resistance = true;
            signals.add(PersonaSignal.RESISTANCE);
        }
        if (band == Band.ACTIVATED) {
            signals.add(rules.reaction());
        }

        int turns = s.turns() + 1;
        Closing closing = Closing.OPEN;
        if (strain >= rules.closeCurtAfter()) {
            closing = Closing.CURT;
        } else if (layer == 4 && progress >= rules.closeWarmAfter()) {
            closing = Closing.WARM;
        } else if (turns >= rules.maxTurns()) {
            closing = layer >= 3 && !rupture ? Closing.WARM : Closing.CURT;
        }
        if (closing == Closing.WARM && !strained) {
            signals.remove(rules.reaction()); // a warm goodbye is not a freeze or a withdrawal
        }

        PersonaState next = new PersonaState(
                turns, safety, activation, layer, progress, strain, healing, resistance, rupture, closing);
        return new Step(next, signals, disclosed, band);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(100, v));
    }
}
