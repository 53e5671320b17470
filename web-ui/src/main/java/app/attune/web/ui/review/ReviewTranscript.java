package app.attune.web.ui.review;

import app.attune.core.practice.AnnotatedTurn;
import app.attune.core.practice.FeedbackReport;
import app.attune.core.review.TurnComment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The annotated transcript for a reviewer: each trainee turn with its codes and what it did to the
 * persona, the comments on it, and (for the facilitator) a box to add one.
 */
class ReviewTranscript extends Div {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    /** Saves a comment; returns a problem to show, or empty when saved. */
    interface CommentAction {
        Optional<String> add(int turn, String text);
    }

    ReviewTranscript(FeedbackReport report, List<TurnComment> comments, boolean canReview, CommentAction action) {
        setId("transcript");
        addClassName("review-transcript");
        Div opening = persona(report.opening().text(), report.opening().cue());
        add(opening);
        for (AnnotatedTurn t : report.turns()) {
            add(turn(t, comments.stream().filter(c -> c.turn() == t.number()).toList(), canReview, action));
        }
    }

    private static Div persona(String text, String cue) {
        Div line = new Div();
        line.addClassName("review-persona");
        if (!cue.isBlank()) {
            Span c = new Span(cue);
            c.addClassName("review-cue");
            line.add(c);
        }
        line.add(new Paragraph(text));
        return line;
    }

    private static Div turn(AnnotatedTurn t, List<TurnComment> comments, boolean canReview, CommentAction action) {
        Div block = new Div();
        block.setId("review-turn-" + t.number());
        block.addClassName("review-turn");
        Span number = new Span("Turn " + t.number());
        number.addClassName("review-turn-number");
        Paragraph said = new Paragraph(t.traineeText());
        said.addClassName("review-trainee");
        Div codes = new Div();
        codes.addClassName("review-codes");
        t.codes().forEach(code -> {
            Span badge = new Span(code.name().replace('_', ' ').toLowerCase(Locale.ROOT));
            badge.getElement().getThemeList().add("badge small");
            badge.getElement().setAttribute("title", t.evidence().getOrDefault(code, ""));
            codes.add(badge);
        });
        if (!t.signals().isEmpty()) {
            Span effect = new Span("Persona: "
                    + t.signals().stream()
                            .map(sig -> sig.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + (t.layerChange() > 0 ? "; opened to layer " + t.layerAfter() : ""));
            effect.addClassName("attune-muted");
            codes.add(effect);
        }
        block.add(number, said, codes);
        t.tryInstead().ifPresent(s -> {
            Paragraph tip = new Paragraph("Try instead: " + s.suggestion());
            tip.addClassName("review-try-instead");
            block.add(tip);
        });
        block.add(persona(t.reply().text(), t.reply().cue()));
        Div thread = new Div();
        thread.addClassName("review-comments");
        thread.setId("comments-" + t.number());
        for (TurnComment c : comments) {
            Paragraph p = new Paragraph(c.author() + " · " + WHEN.format(c.at()) + ": " + c.body());
            p.addClassName("review-comment");
            thread.add(p);
        }
        block.add(thread);
        if (canReview) {
            TextArea text = new TextArea();
            text.setId("comment-text-" + t.number());
            text.setPlaceholder("Comment on turn " + t.number() + " (the trainee sees it on their report)");
            text.setAriaLabel("Comment on turn " + t.number());
            text.setMaxLength(2000);
            text.setWidthFull();
            Paragraph problem = new Paragraph();
            problem.addClassName("attune-problem");
            problem.setVisible(false);
            Button add = new Button("Add comment", e -> action.add(t.number(), text.getValue())
                    .ifPresentOrElse(
                            p -> {
                                problem.setText(p);
                                problem.setVisible(true);
                            },
                            () -> problem.setVisible(false)));
            add.setId("comment-add-" + t.number());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(text, add, problem);
        }
        return block;
    }
}
