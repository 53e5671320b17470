package app.attune.grading.score;

import app.attune.grading.ConversationTurn;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.Transcript;
import app.attune.grading.classify.ClientCues;
import app.attune.grading.classify.RuleMoveClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The transcript turned into {@link TurnView}s: each turn with the moment it was spoken in. */
final class SessionView {

    private final Transcript transcript;
    private final List<TurnView> turns;

    SessionView(Transcript transcript, RuleMoveClassifier cues) {
        this.transcript = transcript;
        List<TurnView> views = new ArrayList<>();
        String lineBefore = transcript.opening();
        Set<PersonaSignal> signalsBefore = transcript.openingSignals();
        int layer = 0;
        for (ConversationTurn t : transcript.turns()) {
            ClientCues cuesBefore = cues.cues(lineBefore);
            MoveStance stance = Stances.of(t.move(), cuesBefore, signalsBefore);
            views.add(new TurnView(
                    t.number(),
                    t.traineeText(),
                    t.move(),
                    lineBefore,
                    cuesBefore,
                    signalsBefore,
                    t.personaSignals(),
                    layer,
                    t.layerAfter(),
                    stance));
            lineBefore = t.personaText();
            signalsBefore = t.personaSignals();
            layer = t.layerAfter();
        }
        this.turns = List.copyOf(views);
    }

    Transcript transcript() {
        return transcript;
    }

    List<TurnView> turns() {
        return turns;
    }

    boolean isEmpty() {
        return turns.isEmpty();
    }

    long substantiveTurns() {
        return turns.stream().filter(TurnView::isSubstantive).count();
    }
}
