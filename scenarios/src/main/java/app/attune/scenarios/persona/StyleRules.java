package app.attune.scenarios.persona;

import app.attune.grading.PersonaSignal;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Move;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.format.Tuning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers that drive one persona: where safety and activation start, what each deeper layer
 * needs, what each trainee move does. Defaults per style (docs/scenario-format.md has the table),
 * shifted by difficulty, then overridden by the scenario's tuning. Rules are data rather than code
 * per style so writers can tune a persona without touching Java and tests can reason about them.
 *
 * @param layers what layers 1..4 need (index 0 is layer 1)
 * @param reaction the signal this style shows when strained or activated
 */
public record StyleRules(
        AttachmentStyle style,
        int startSafety,
        int startActivation,
        int openAt,
        int activatedAt,
        List<LayerNeed> layers,
        Map<Move, MoveEffect> effects,
        int revealActivation,
        int ruptureAfter,
        int closeCurtAfter,
        int closeWarmAfter,
        int maxTurns,
        int repairBonus,
        PersonaSignal reaction) {

    /** What opening a layer needs: safety at least this, and this many exploring turns at the layer before. */
    public record LayerNeed(int safety, int turns) {}

    /** What a move does to the state. {@code strain} counts toward rupture and a curt close. */
    public record MoveEffect(int safety, int activation, int strain) {}

    public StyleRules {
        layers = List.copyOf(layers);
        effects = Collections.unmodifiableMap(new EnumMap<>(effects));
        if (layers.size() != 4 || effects.size() != Move.values().length) {
            throw new IllegalArgumentException("rules need four layers and an effect for every move");
        }
    }

    public LayerNeed layer(int layer) {
        return layers.get(layer - 1);
    }

    public MoveEffect effect(Move move) {
        return effects.get(move);
    }

    /** The rules a scenario plays by: style defaults, then difficulty, then its own tuning. */
    public static StyleRules forScenario(Scenario scenario) {
        return defaults(scenario.style()).forDifficulty(scenario.difficulty()).tuned(scenario.tuning());
    }

    public static StyleRules defaults(AttachmentStyle style) {
        return switch (style) {
            case AVOIDANT ->
                new StyleRules(
                        style,
                        20,
                        25,
                        45,
                        70,
                        needs(15, 1, 40, 3, 55, 4, 70, 4),
                        effects(
                                e(6, 3, 0), // emotive: welcome if patient, but it stirs him
                                e(7, -3, 0), // reflect: accurate reflections settle him most
                                e(6, -5, 0), // repair
                                e(4, 0, 0), // inquire
                                e(1, 0, 0), // neutral
                                e(-10, 12, 1), // advise
                                e(-15, 18, 1), // confront
                                e(-5, 4, 1), // reassure: closes the door he was half opening
                                e(-2, -5, 0)), // deflect: a relief to him, costs no strain, deepens nothing
                        5,
                        1,
                        3,
                        2,
                        40,
                        10,
                        PersonaSignal.WITHDRAWAL);
            case ANXIOUS ->
                new StyleRules(
                        style,
                        30,
                        55,
                        45,
                        75,
                        needs(10, 1, 35, 3, 55, 3, 70, 4),
                        effects(
                                e(5, 2, 0),
                                e(7, -6, 0), // steady attunement contains the flood
                                e(6, -6, 0),
                                e(4, 0, 0),
                                e(1, 0, 0),
                                e(-6, 10, 1),
                                e(-12, 25, 1), // confrontation escalates
                                e(0, -15, 0), // reassurance soothes for a moment (activation drifts back)
                                e(-6, 10, 1)),
                        5,
                        1,
                        4,
                        2,
                        40,
                        10,
                        PersonaSignal.ESCALATION);
            case DISORGANIZED ->
                new StyleRules(
                        style,
                        20,
                        45,
                        45,
                        60,
                        needs(15, 1, 40, 3, 55, 4, 70, 4),
                        effects(
                                // closeness stirs her, but patient, paced inquiry alone settles below
                                // the freeze line; disclosures and pressure push her over it
                                e(5, 3, 0),
                                e(6, -6, 0), // pacing: reflections bring activation down
                                e(7, -8, 0),
                                e(4, 1, 0),
                                e(1, -2, 0),
                                e(-10, 18, 1),
                                e(-14, 22, 1),
                                e(-4, 6, 1),
                                e(-4, 4, 1)),
                        12, // each disclosure is followed by a pull back
                        1,
                        3,
                        2,
                        40,
                        12,
                        PersonaSignal.FREEZE);
            case SECURE ->
                new StyleRules(
                        style,
                        50,
                        20,
                        40,
                        80,
                        needs(10, 1, 35, 2, 50, 2, 60, 2),
                        effects(
                                e(6, 0, 0),
                                e(6, -2, 0),
                                e(5, -3, 0),
                                e(5, 0, 0),
                                e(2, 0, 0), // tolerates a clumsy question
                                e(-3, 3, 1),
                                e(-6, 6, 1),
                                e(-2, 0, 1),
                                e(-2, 0, 1)),
                        0,
                        3,
                        6,
                        2,
                        40,
                        5,
                        PersonaSignal.RESISTANCE);
        };
    }

    /** Difficulty 2 is the default; 1 is gentler, 3 asks for more safety and more patience. */
    public StyleRules forDifficulty(int difficulty) {
        List<LayerNeed> shifted = new ArrayList<>();
        for (int layer = 1; layer <= 4; layer++) {
            LayerNeed need = layer(layer);
            if (layer == 1 || difficulty == 2) {
                shifted.add(need);
            } else if (difficulty == 1) {
                shifted.add(new LayerNeed(need.safety() - 5, need.turns()));
            } else {
                shifted.add(new LayerNeed(need.safety() + 5, need.turns() + 1));
            }
        }
        int start = difficulty == 1 ? startSafety + 5 : startSafety;
        return new StyleRules(
                style,
                start,
                startActivation,
                openAt,
                activatedAt,
                shifted,
                effects,
                revealActivation,
                ruptureAfter,
                closeCurtAfter,
                closeWarmAfter,
                maxTurns,
                repairBonus,
                reaction);
    }

    /** Applies a scenario's overrides; keys were checked by the validator, unknown ones are ignored. */
    public StyleRules tuned(Tuning tuning) {
        if (tuning.isEmpty()) {
            return this;
        }
        List<LayerNeed> newLayers = new ArrayList<>();
        for (int layer = 1; layer <= 4; layer++) {
            LayerNeed need = layer(layer);
            newLayers.add(new LayerNeed(
                    tuning.get("layers." + layer + ".safety").orElse(need.safety()),
                    tuning.get("layers." + layer + ".turns").orElse(need.turns())));
        }
        Map<Move, MoveEffect> newEffects = new EnumMap<>(Move.class);
        for (Move move : Move.values()) {
            MoveEffect e = effect(move);
            String p = "moves." + move.id() + ".";
            newEffects.put(
                    move,
                    new MoveEffect(
                            tuning.get(p + "safety").orElse(e.safety()),
                            tuning.get(p + "activation").orElse(e.activation()),
                            tuning.get(p + "strain").orElse(e.strain())));
        }
        return new StyleRules(
                style,
                tuning.get("start-safety").orElse(startSafety),
                tuning.get("start-activation").orElse(startActivation),
                tuning.get("open-at").orElse(openAt),
                tuning.get("activated-at").orElse(activatedAt),
                newLayers,
                newEffects,
                tuning.get("reveal-activation").orElse(revealActivation),
                tuning.get("rupture-after").orElse(ruptureAfter),
                tuning.get("close-curt-after").orElse(closeCurtAfter),
                tuning.get("close-warm-after").orElse(closeWarmAfter),
                tuning.get("max-turns").orElse(maxTurns),
                tuning.get("repair-bonus").orElse(repairBonus),
                reaction);
    }

    /**
     * Why a layer could never open under these rules, as (layer, message) pairs; empty when all
     * four are reachable.
     */
    public List<Map.Entry<Integer, String>> unreachableLayers() {
        List<Map.Entry<Integer, String>> problems = new ArrayList<>();
        int turnsSoFar = 0;
        for (int layer = 1; layer <= 4; layer++) {
            LayerNeed need = layer(layer);
            turnsSoFar += need.turns();
            if (need.safety() > 100) {
                problems.add(Map.entry(
                        layer,
                        "layer " + layer + " needs safety " + need.safety()
                                + ", above the maximum of 100: the layer is unreachable"));
            } else if (layer > 1 && need.safety() < layer(layer - 1).safety()) {
                problems.add(Map.entry(
                        layer,
                        "layer " + layer + " needs safety " + need.safety()
                                + ", less than layer " + (layer - 1) + " ("
                                + layer(layer - 1).safety()
                                + "): thresholds must rise with the layer"));
            } else if (turnsSoFar > maxTurns) {
                problems.add(Map.entry(
                        layer,
                        "layer " + layer + " needs at least " + turnsSoFar + " turns but max-turns is " + maxTurns
                                + ": the layer is unreachable"));
            } else if (need.turns() < 1) {
                problems.add(Map.entry(layer, "layer " + layer + " needs at least one turn"));
            }
        }
        return problems;
    }

    private static List<LayerNeed> needs(int... pairs) {
        List<LayerNeed> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new LayerNeed(pairs[i], pairs[i + 1]));
        }
        return list;
    }

    /** Effects in {@link Move} declaration order. */
    private static Map<Move, MoveEffect> effects(MoveEffect... inOrder) {
        Map<Move, MoveEffect> map = new EnumMap<>(Move.class);
        Move[] moves = Move.values();
        for (int i = 0; i < moves.length; i++) {
            map.put(moves[i], inOrder[i]);
        }
        return map;
    }

    private static MoveEffect e(int safety, int activation, int strain) {
        return new MoveEffect(safety, activation, strain);
    }
}
