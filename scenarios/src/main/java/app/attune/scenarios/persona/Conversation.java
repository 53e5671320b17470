package app.attune.scenarios.persona;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.Transcript;
import app.attune.scenarios.format.Move;
import app.attune.scenarios.format.PersonaLine;
import app.attune.scenarios.format.PersonaScript;
import app.attune.scenarios.format.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One conversation between a trainee and a persona. Not thread-safe: one trainee session owns it.
 * Everything it does follows from (scenario, seed, state, lines used), which is what makes it
 * resumable: {@link #state()} and {@link #usedLineIds()} are all the web app needs to store.
 */
public final class Conversation {

    private final Scenario scenario;
    private final long seed;
    private final MoveClassifier classifier;
    private final StateMachine machine;
    private final UsedLines used;
    private final PersonaReply opening;
    private final List<TurnOutcome> turns = new ArrayList<>();
    private PersonaState state;
    private String lastPersonaLine;

    private Conversation(
            Scenario scenario,
            long seed,
            MoveClassifier classifier,
            PersonaState state,
            UsedLines used,
            PersonaReply opening,
            String lastPersonaLine) {
        this.scenario = scenario;
        this.seed = seed;
        this.classifier = classifier;
        this.machine = new StateMachine(StyleRules.forScenario(scenario));
        this.state = state;
        this.used = used;
        this.opening = opening;
        this.lastPersonaLine = lastPersonaLine;
    }

    static Conversation start(Scenario scenario, long seed, MoveClassifier classifier) {
        UsedLines used = new UsedLines(List.of());
        PersonaLine line = LinePicker.pick(scenario.script().opening(), seed, 0, used);
        used.add(line.id());
        PersonaReply opening = new PersonaReply(line.text(), line.cue(), line.id(), Set.of(), 0);
        PersonaState initial = PersonaState.initial(StyleRules.forScenario(scenario));
        return new Conversation(scenario, seed, classifier, initial, used, opening, line.text());
    }

    static Conversation resume(
            Scenario scenario, long seed, PersonaState state, List<String> usedLineIds, MoveClassifier classifier) {
        Objects.requireNonNull(state, "state");
        if (usedLineIds.isEmpty()) {
            throw new IllegalArgumentException("used line ids must hold at least the opening line");
        }
        PersonaScript script = scenario.script();
        for (String id : usedLineIds) {
            if (script.line(id).isEmpty()) {
                throw new IllegalArgumentException(
                        "line '" + id + "' is not in scenario " + scenario.id() + " version " + scenario.version());
            }
        }
        PersonaLine first = script.line(usedLineIds.get(0)).orElseThrow();
        PersonaLine last = script.line(usedLineIds.get(usedLineIds.size() - 1)).orElseThrow();
        PersonaReply opening = new PersonaReply(first.text(), first.cue(), first.id(), Set.of(), 0);
        return new Conversation(scenario, seed, classifier, state, new UsedLines(usedLineIds), opening, last.text());
    }

    /** The persona's first line (the same on every call). */
    public PersonaReply opening() {
        return opening;
    }

    /**
     * Plays one trainee turn: classifies it against the persona's previous line, moves the state by
     * the style's rules and picks the reply.
     *
     * @throws IllegalStateException if the persona has already closed the conversation
     */
    public TurnOutcome respond(String traineeText) {
        if (isClosed()) {
            throw new IllegalStateException("the persona has closed this conversation");
        }
        String text = traineeText == null ? "" : traineeText;
        ClassifiedMove classified = classifier.classify(text, lastPersonaLine);
        Move move = Move.of(classified);
        StateMachine.Step step = machine.advance(state, move, classified.codes());
        PersonaState next = step.state();
        PersonaScript script = scenario.script();
        List<PersonaLine> pool;
        List<PersonaLine> fallback = List.of();
        if (next.closing() == Closing.WARM) {
            pool = script.closingWarm();
        } else if (next.closing() == Closing.CURT) {
            pool = script.closingCurt();
        } else if (step.disclosed() > 0) {
            pool = script.reveal(step.disclosed());
        } else {
            pool = script.replies(next.layer(), step.band(), move);
            fallback = script.broaderReplies(next.layer(), step.band(), move);
        }
        PersonaLine line = LinePicker.pick(pool, fallback, seed, next.turns(), used);
        used.add(line.id());
        lastPersonaLine = line.text();
        state = next;
        PersonaReply reply = new PersonaReply(line.text(), line.cue(), line.id(), step.signals(), step.disclosed());
        TurnOutcome outcome = new TurnOutcome(next.turns(), text, classified, move, reply, next);
        turns.add(outcome);
        return outcome;
    }

    public boolean isClosed() {
        return state.closed();
    }

    /** The state after the latest turn: store it with the turn to resume later. */
    public PersonaState state() {
        return state;
    }

    /** Ids of the persona lines said so far, in order (the opening first). */
    public List<String> usedLineIds() {
        return used.ids();
    }

    /** Turns played through this object (a resumed conversation starts this list empty). */
    public List<TurnOutcome> turns() {
        return Collections.unmodifiableList(turns);
    }

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    /** The turns played through this object as a grading transcript. */
    public Transcript transcript() {
        return Transcripts.of(opening, turns);
    }
}
