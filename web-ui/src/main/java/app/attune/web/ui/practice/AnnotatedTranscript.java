package app.attune.web.ui.practice;

import app.attune.core.practice.AnnotatedTurn;
import app.attune.core.practice.FeedbackReport;
import app.attune.core.practice.PersonaUtterance;
import app.attune.grading.MoveCode;
import app.attune.grading.MoveStance;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.TryInstead;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The conversation of a finished attempt, turn by turn, as the feedback report shows it: the
 * persona's opening, then for every trainee turn what was said, its codes (the words behind each
 * code on hover), whether it explored or pushed, the persona's reply with its cue, the resistance it
 * opened or answered, what it did to the persona, and a "try instead" suggestion on weak turns.
 *
 * <p>Each turn row ends with an empty slot (a {@link Div} with class {@code turn-extra}, id
 * {@code turn-<n>-extra}) that the page using the transcript fills: the trainee's report puts the
 * facilitator's comments there, a review page its comment and override controls. Fill the slots
 * when building ({@link #AnnotatedTranscript(FeedbackReport, TurnSlot)}) or later through {@link
 * #slot(int)}.
 */
public class AnnotatedTranscript extends Div {

    /** Fills the extra slot under one turn; called once per turn while the transcript is built. */
    @FunctionalInterface
    public interface TurnSlot {
        void fill(AnnotatedTurn turn, Div slot);
    }

    private final Map<Integer, Div> slots = new LinkedHashMap<>();

    /** The annotated transcript with empty slots. */
    public AnnotatedTranscript(FeedbackReport report) {
        this(report, (turn, slot) -> {});
    }

    /** The annotated transcript, with each turn's slot filled by {@code slot}. */
    public AnnotatedTranscript(FeedbackReport report, TurnSlot slot) {
        this(report, "You", slot);
    }

    /**
     * The annotated transcript for someone other than the trainee (a reviewer), with the trainee's
     * turns labelled by {@code trainee} (their name) instead of "You".
     */
    public AnnotatedTranscript(FeedbackReport report, String trainee, TurnSlot slot) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(slot, "slot");
        setId("annotated-transcript");
        addClassName("report-section");
        addClassName("annotated-transcript");
        String persona = firstName(report.scenario().personaName());
        add(new H2("The conversation, turn by turn"));
        Div opening = personaBlock(persona, report.opening(), report.openingResisted());
        opening.addClassName("report-opening");
        add(opening);
        for (AnnotatedTurn t : report.turns()) {
            Div extra = new Div();
            extra.setId("turn-" + t.number() + "-extra");
            extra.addClassName("turn-extra");
            slot.fill(t, extra);
            slots.put(t.number(), extra);
            add(row(t, trainee, persona, extra));
        }
    }

    /**
     * The extra slot under a turn, to add to or replace what is in it (after a new comment, say).
     *
     * @throws IllegalArgumentException when the attempt has no such turn
     */
    public Div slot(int turnNumber) {
        Div slot = slots.get(turnNumber);
        if (slot == null) {
            throw new IllegalArgumentException("This attempt has no turn " + turnNumber + ".");
        }
        return slot;
    }

    /** The turn numbers shown, in order (1, 2, ...). */
    public List<Integer> turnNumbers() {
        return List.copyOf(slots.keySet());
    }

    private static Div row(AnnotatedTurn t, String trainee, String persona, Div extra) {
        Div block = new Div();
        block.setId("turn-" + t.number());
        block.addClassName("annotated-turn");
        block.addClassName("stance-" + t.stance().id());
        if (t.answers().isPresent()) {
            block.addClassName("answers-resistance");
        }

        Div line = new Div();
        line.addClassName("turn");
        line.addClassName("turn-trainee");
        Span who = new Span("Turn " + t.number() + " · " + trainee);
        who.addClassName("turn-speaker");
        Paragraph said = new Paragraph(t.traineeText());
        said.addClassName("turn-text");
        line.add(who, said);
        block.add(line);

        Div codes = new Div();
        codes.addClassName("report-codes");
        for (MoveCode code : t.codes()) {
            Span chip = new Span(Words.code(code));
            chip.addClassName("code-chip");
            chip.addClassName("family-" + code.family().name().toLowerCase(Locale.ROOT));
            String evidence = t.evidence().get(code);
            if (evidence != null && !evidence.isBlank()) {
                chip.getElement().setAttribute("title", "Because of: " + evidence);
            }
            codes.add(chip);
        }
        Span stance = new Span(capitalise(Words.stance(t.stance())));
        stance.getElement().getThemeList().add(stanceTheme(t.stance()));
        stance.addClassName("report-stance");
        codes.add(stance);
        block.add(codes);

        t.answers().ifPresent(m -> {
            Paragraph note = new Paragraph("This turn came right after " + persona + " showed "
                    + Words.signals(m.signals()) + ": " + Words.outcome(m.outcome()) + ".");
            note.addClassName("report-answer-note");
            block.add(note);
        });

        block.add(personaBlock(persona, t.reply(), t.resisted()));

        Paragraph effect = new Paragraph(effect(t, persona));
        effect.addClassName("report-effect");
        block.add(effect);

        t.tryInstead().ifPresent(s -> block.add(tryInstead(s)));
        block.add(extra);
        return block;
    }

    private static Div personaBlock(String persona, PersonaUtterance line, Optional<ResistanceMoment> resisted) {
        Div block = new Div();
        block.addClassName("turn");
        block.addClassName("turn-persona");
        Span who = new Span(persona);
        who.addClassName("turn-speaker");
        block.add(who);
        if (!line.cue().isBlank()) {
            Span cue = new Span(line.cue());
            cue.addClassName("turn-cue");
            block.add(cue);
        }
        Paragraph text = new Paragraph(line.text());
        text.addClassName("turn-text");
        block.add(text);
        resisted.ifPresent(m -> {
            block.addClassName("resisted");
            Span mark = new Span(Words.resistanceLabel(m.signals()));
            mark.addClassName("resisted-label");
            block.add(mark);
        });
        return block;
    }

    /** What a turn did to the persona, in one sentence: the signals shown and the story layer. */
    static String effect(AnnotatedTurn t, String persona) {
        StringBuilder b = new StringBuilder("What it did: ");
        if (t.signals().isEmpty()) {
            b.append(persona).append(" went on without resisting");
        } else {
            b.append(persona).append(" showed ").append(Words.signals(t.signals()));
        }
        if (t.layerAfter() == 0) {
            return b.append("; the story has not opened yet.").toString();
        }
        b.append(t.layerChange() > 0 ? "; the story opened to " : "; the story stayed at ")
                .append(Words.layer(t.layerAfter()))
                .append(" (layer ")
                .append(t.layerAfter())
                .append(')');
        return b.append('.').toString();
    }

    private static Div tryInstead(TryInstead s) {
        Div box = new Div();
        box.addClassName("try-instead");
        Span label = new Span("Try instead");
        label.addClassName("try-instead-label");
        Paragraph suggestion = new Paragraph("“" + s.suggestion() + "”");
        suggestion.addClassName("try-instead-text");
        box.add(label, suggestion);
        if (!s.why().isBlank()) {
            Paragraph why = new Paragraph(s.why());
            why.addClassName("try-instead-why");
            box.add(why);
        }
        return box;
    }

    private static String stanceTheme(MoveStance stance) {
        return switch (stance) {
            case EXPLORE -> "badge success";
            case NEUTRAL -> "badge contrast";
            case PUSH -> "badge error";
        };
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
