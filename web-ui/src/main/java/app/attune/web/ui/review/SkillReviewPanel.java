package app.attune.web.ui.review;

import app.attune.core.review.ScoreOverride;
import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;

/**
 * The seven skills as the reviewer sees them: score, level and explanation, the latest adjustment
 * with its reason, and (for the trainee's facilitator) a form to adjust a score with a reason.
 */
class SkillReviewPanel extends Div {

    /** What the panel asks the view to do when the reviewer saves an adjustment. */
    interface OverrideAction {
        /** Returns a problem to show, or empty when the adjustment was saved. */
        Optional<String> apply(Skill skill, Integer score, String reason);
    }

    SkillReviewPanel(List<SkillScore> skills, List<ScoreOverride> trail, boolean canReview, OverrideAction action) {
        addClassName("review-skills");
        for (SkillScore s : skills) {
            add(card(s, latest(trail, s.skill()), canReview, action));
        }
    }

    private static Optional<ScoreOverride> latest(List<ScoreOverride> trail, Skill skill) {
        return trail.stream().filter(o -> o.skill() == skill).reduce((a, b) -> b);
    }

    private static Div card(SkillScore s, Optional<ScoreOverride> adjusted, boolean canReview, OverrideAction action) {
        Div card = new Div();
        card.setId("review-skill-" + s.skill().id());
        card.addClassName("review-skill");
        Span score = new Span(String.valueOf(s.score()));
        score.addClassName("review-skill-score");
        Span level = new Span(s.level().id().replace('-', ' '));
        level.getElement().getThemeList().add("badge");
        Div head = new Div(new H3(s.skill().title()), score, level);
        head.addClassName("review-skill-head");
        card.add(head, new Paragraph(s.explanation()));
        adjusted.ifPresent(o -> {
            Paragraph note = new Paragraph(
                    "Adjusted by " + o.author() + " from " + o.oldScore() + " to " + o.newScore() + ": " + o.reason());
            note.addClassName("review-adjusted");
            card.add(note);
        });
        if (canReview) {
            card.add(form(s, action));
        }
        return card;
    }

    private static Div form(SkillScore s, OverrideAction action) {
        IntegerField value = new IntegerField("New score (0–100)");
        value.setId("override-score-" + s.skill().id());
        value.setMin(0);
        value.setMax(100);
        value.setStepButtonsVisible(true);
        value.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(SCORE_RANGE)
                .setMaxErrorMessage(SCORE_RANGE)
                .setBadInputErrorMessage(SCORE_RANGE));
        TextArea reason = new TextArea("Why (the trainee sees this)");
        reason.setId("override-reason-" + s.skill().id());
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        // this form sets the reason's error itself; typing clears it
        reason.setManualValidation(true);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        Paragraph problem = new Paragraph();
        problem.addClassName("attune-problem");
        problem.setId("override-problem-" + s.skill().id());
        problem.setVisible(false);
        Button save = new Button("Save adjustment");
        save.setId("override-save-" + s.skill().id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div form = new Div(value, reason, save, problem);
        form.addClassName("review-override-form");
        form.setVisible(false);
        Button open = new Button("Adjust score", e -> {
            form.setVisible(true);
            e.getSource().setVisible(false);
            value.focus();
        });
        open.setId("override-open-" + s.skill().id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            problem.setVisible(false);
            // problems the reviewer can fix show at the field; anything else under the button
            if (value.isInvalid() || value.getValue() == null) {
                showError(value, SCORE_RANGE);
                return;
            }
            if (reason.getValue().isBlank()) {
                showError(reason, NO_REASON);
                return;
            }
            action.apply(s.skill(), value.getValue(), reason.getValue()).ifPresent(p -> {
                problem.setText(p);
                problem.setVisible(true);
            });
        });
        return new Div(open, form);
    }

    static final String SCORE_RANGE = "Enter the new score, a whole number from 0 to 100.";
    static final String NO_REASON = "Say why you are changing the score: the trainee sees this reason.";

    static void showError(com.vaadin.flow.component.HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
