package app.attune.scenarios.persona;

import java.io.Serializable;
import java.util.Objects;

/**
 * The persona's state after a turn: everything the engine needs to continue, in plain fields, so
 * the web app can store it with each turn and resume after a reload or a restart.
 *
 * @param turns trainee turns so far
 * @param safety trust in the coach, 0..100
 * @param activation arousal (flooding, shutting down, freezing), 0..100
 * @param layer deepest story layer revealed, 0 (nothing) .. 4 (new option found)
 * @param progress exploring turns spent at the current layer, toward the next one
 * @param strain pushes in the current run, toward rupture and a curt close
 * @param healing exploring turns in a row since a rupture opened (three close it)
 * @param resistance the persona is openly resisting (minimising, deflecting, clinging)
 * @param rupture the relationship is strained after a push and not yet repaired
 * @param closing whether the persona has ended the conversation
 */
public record PersonaState(
        int turns,
        int safety,
        int activation,
        int layer,
        int progress,
        int strain,
        int healing,
        boolean resistance,
        boolean rupture,
        Closing closing)
        implements Serializable {

    public PersonaState {
        Objects.requireNonNull(closing, "closing");
        if (turns < 0 || progress < 0 || strain < 0 || healing < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
        if (safety < 0 || safety > 100 || activation < 0 || activation > 100) {
            throw new IllegalArgumentException("safety and activation are 0..100");
        }
        if (layer < 0 || layer > 4) {
            throw new IllegalArgumentException("layer must be 0..4, was " + layer);
        }
    }

    /** The state before the first trainee turn. */
    public static PersonaState initial(StyleRules rules) {
        return new PersonaState(
                0, rules.startSafety(), rules.startActivation(), 0, 0, 0, 0, false, false, Closing.OPEN);
    }

    public boolean closed() {
        return closing != Closing.OPEN;
    }
}
