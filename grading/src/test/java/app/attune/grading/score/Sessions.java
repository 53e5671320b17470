package app.attune.grading.score;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.ConversationTurn;
import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.grading.Transcript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A named builder for test transcripts: turns with given codes, persona signals and layers. */
final class Sessions {

    private String opening = "It's fine, really. I don't know why I'm here.";
    private Set<PersonaSignal> openingSignals = EnumSet.noneOf(PersonaSignal.class);
    private final List<ConversationTurn> turns = new ArrayList<>();
    private int layer;

    static Sessions session() {
        return new Sessions();
    }

    Sessions opening(String line, PersonaSignal... signals) {
        this.opening = line;
        this.openingSignals =
                signals.length == 0 ? EnumSet.noneOf(PersonaSignal.class) : EnumSet.of(signals[0], signals);
        return this;
    }

    /** A trainee turn with these codes, then a neutral persona reply. */
    Sessions turn(MoveCode... codes) {
        return turn(List.of(codes), "Mm.", Set.of(), layer);
    }

    /** A trainee turn with these codes; the persona reply shows the signals. */
    Sessions turnThen(Set<PersonaSignal> signals, MoveCode... codes) {
        return turn(List.of(codes), "Right.", signals, layer);
    }

    Sessions turnReaching(int newLayer, MoveCode... codes) {
        return turn(List.of(codes), "I suppose it goes back a long way.", Set.of(PersonaSignal.DISCLOSURE), newLayer);
    }

    Sessions turn(List<MoveCode> codes, String persona, Set<PersonaSignal> signals, int layerAfter) {
        Map<MoveCode, String> evidence = new EnumMap<>(MoveCode.class);
        codes.forEach(c -> evidence.put(c, "test"));
        ClassifiedMove move = new ClassifiedMove(EnumSet.copyOf(codes), evidence);
        turns.add(new ConversationTurn(
                turns.size() + 1, "turn " + (turns.size() + 1), move, persona, signals, layerAfter));
        layer = layerAfter;
        return this;
    }

    Sessions times(int n, MoveCode... codes) {
        for (int i = 0; i < n; i++) {
            turn(codes);
        }
        return this;
    }

    Transcript build() {
        return new Transcript(opening, openingSignals, turns);
    }
}
