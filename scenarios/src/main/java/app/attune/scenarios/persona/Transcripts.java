package app.attune.scenarios.persona;

import app.attune.grading.ConversationTurn;
import app.attune.grading.Transcript;
import java.util.ArrayList;
import java.util.List;

/** Turns a played conversation into the grading module's transcript. */
public final class Transcripts {

    private Transcripts() {}

    /** From the opening reply and the outcomes in order (for example, as stored by the web app). */
    public static Transcript of(PersonaReply opening, List<TurnOutcome> outcomes) {
        List<ConversationTurn> turns = new ArrayList<>(outcomes.size());
        for (TurnOutcome o : outcomes) {
            turns.add(new ConversationTurn(
                    o.number(),
                    o.traineeText(),
                    o.classified(),
                    o.reply().text(),
                    o.reply().signals(),
                    o.state().layer()));
        }
        return new Transcript(opening.text(), opening.signals(), turns);
    }
}
