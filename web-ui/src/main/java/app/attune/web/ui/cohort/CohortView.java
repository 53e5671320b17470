package app.attune.web.ui.cohort;

import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.assignment.ScenarioChoice;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.CohortSummary;
import app.attune.core.cohort.EnrolmentFile;
import app.attune.core.cohort.ImportRefused;
import app.attune.core.cohort.ImportResult;
import app.attune.core.cohort.Member;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.cohort.RowProblem;
import app.attune.core.review.ReviewService;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One cohort: its trainees, enrolment (one by one or a checked CSV import) and its assignments. */
@Route("cohorts")
@PageTitle("Cohort · Attune")
@RolesAllowed({Roles.FACILITATOR, Roles.PROGRAM_LEAD, Roles.ADMIN})
@Prototype
public class CohortView extends VerticalLayout implements HasUrlParameter<Long> {
    static final int MAX_CSV_BYTES = 1_000_000;

    private final CohortService cohorts;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final ProgressBoard board = new ProgressBoard();
    private final ReviewList reviewList = new ReviewList();
    // administrators manage cohorts but do not read coaching conversations
    private final H2 attemptsHeading = new H2("Attempts");
    private Map<String, String> titles = Map.of();
    private CohortId cohortId;

    private final H1 title = new H1();
    private final TextField rename = new TextField();
    private final Grid<Member> members = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final TextField enrolName = new TextField("Name");
    private final TextField enrolEmail = new TextField("Email");
    private final TextArea csv = new TextArea("Or paste the CSV here");
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph previewSummary = new Paragraph();
    private final Button importAll = new Button("Import");
    private final Button importGood = new Button("Import only the good rows");
    private final Grid<ImportResult.NewTrainee> created = new Grid<>();
    private final Grid<Assignment> assigned = new Grid<>();
    private final ComboBox<ScenarioChoice> scenario = new ComboBox<>("Scenario");
    private final DatePicker due = new DatePicker("Due date");
    private final IntegerField threshold = new IntegerField("Pass threshold (overall score)");
    private final IntegerField attemptLimit = new IntegerField("Attempt limit");
    private final TextField note = new TextField("Difficulty note");
    private final Checkbox hints = new Checkbox("Hints during the conversation");
    private final Checkbox guided = new Checkbox("Guided mode (three candidate turns)");
    private final Checkbox revealStyle = new Checkbox("Show the persona's attachment style");
    private final MultiSelectComboBox<Member> chosen =
            new MultiSelectComboBox<>("Only these trainees (empty: everyone)");

    public CohortView(CohortService cohorts, AssignmentService assignments, ReviewService reviews) {
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.reviews = reviews;
        addClassName("attune-page");
        title.setId("cohort-name");
        message.setId("cohort-message");
        message.addClassName("attune-form-message");

        rename.setId("rename-cohort");
        rename.setMaxLength(200);
        Button renameButton = new Button("Rename", e -> act(() -> cohorts.rename(me(), cohortId, rename.getValue())));
        Button archive = new Button("Archive", e -> act(() -> cohorts.archive(me(), cohortId)));
        archive.setId("archive-cohort");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        members.setId("members-grid");
        members.addColumn(Member::displayName).setHeader("Trainee").setSortable(true);
        members.addColumn(Member::email).setHeader("Email");
        members.addColumn(m -> m.mustChangePassword() ? "Not signed in yet" : "Active")
                .setHeader("Account");
        members.setAllRowsVisible(true);

        enrolName.setId("enrol-name");
        enrolEmail.setId("enrol-email");
        Button enrol = new Button("Enrol", e -> enrolOne());
        enrol.setId("enrol-one");

        Upload upload = new Upload();
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            upload.getUI()
                    .ifPresent(ui -> ui.access(() -> {
                        csv.setValue(text);
                        preview();
                    }));
        }));
        csv.setId("csv-text");
        csv.setWidthFull();
        csv.setPlaceholder("name,email,cohort\nAda Byrne,ada@example.org,");
        Button previewButton = new Button("Check file", e -> preview());
        previewButton.setId("csv-preview");
        problems.setId("import-problems");
        previewSummary.setId("import-summary");
        importAll.setId("import-all");
        importAll.setEnabled(false);
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(e -> runImport(false));
        importGood.setId("import-good");
        importGood.setEnabled(false);
        importGood.addClickListener(e -> runImport(true));
        created.setId("created-accounts");
        created.addColumn(ImportResult.NewTrainee::name).setHeader("New trainee");
        created.addColumn(ImportResult.NewTrainee::email).setHeader("User name");
        created.addComponentColumn(t -> {
                    Span password = new Span(t.temporaryPassword());
                    password.setId("password-" + t.email());
                    password.addClassName("attune-code");
                    return password;
                })
                .setHeader("One-time password");
        created.setAllRowsVisible(true);
        created.setVisible(false);

        assigned.setId("assignments-grid");
        Map<String, ScenarioChoice> byId = assignments.scenarioChoices().stream()
                .collect(Collectors.toMap(ScenarioChoice::id, Function.identity()));
        titles = byId.values().stream().collect(Collectors.toMap(ScenarioChoice::id, ScenarioChoice::title));
        assigned.addColumn(a -> Optional.ofNullable(byId.get(a.scenarioId()))
                        .map(ScenarioChoice::title)
                        .orElse(a.scenarioId()))
                .setHeader("Scenario")
                .setFlexGrow(3);
        assigned.addColumn(a -> a.terms().due().map(Object::toString).orElse("—"))
                .setHeader("Due");
        assigned.addColumn(a -> a.terms().passThreshold()).setHeader("Pass at");
        assigned.addColumn(a -> a.terms().attemptLimit().isPresent()
                        ? a.terms().attemptLimit().getAsInt() + ""
                        : "no limit")
                .setHeader("Attempts");
        assigned.addColumn(a ->
                        a.forWholeCohort() ? "Whole cohort" : a.chosenTrainees().size() + " chosen")
                .setHeader("For");
        assigned.setAllRowsVisible(true);

        scenario.setId("assign-scenario");
        scenario.setItems(assignments.scenarioChoices());
        scenario.setItemLabelGenerator(ScenarioChoice::label);
        scenario.setWidthFull();
        due.setId("assign-due");
        threshold.setId("assign-threshold");
        threshold.setMin(0);
        threshold.setMax(100);
        threshold.setValue(60);
        attemptLimit.setId("assign-attempts");
        attemptLimit.setMin(1);
        attemptLimit.setMax(50);
        attemptLimit.setHelperText("Empty: no limit");
        note.setId("assign-note");
        note.setMaxLength(500);
        hints.setId("assign-hints");
        guided.setId("assign-guided");
        revealStyle.setId("assign-reveal-style");
        chosen.setId("assign-trainees");
        chosen.setItemLabelGenerator(Member::displayName);
        Button assign = new Button("Assign", e -> assign());
        assign.setId("assign-scenario-button");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div enrolment = new Div(
                new H2("Enrol trainees"),
                new HorizontalLayout(enrolName, enrolEmail, enrol),
                new Paragraph("Or import a CSV file with the columns name, email and optionally cohort. Nothing"
                        + " is imported until the file is clean, unless you choose to import only the good rows."),
                upload,
                csv,
                previewButton,
                previewSummary,
                problems,
                new HorizontalLayout(importAll, importGood),
                created);
        Div assignForm = new Div(
                scenario,
                new HorizontalLayout(due, threshold, attemptLimit),
                note,
                new HorizontalLayout(hints, guided, revealStyle),
                chosen,
                assign);
        Div assignment = new Div(new H2("Assignments"), assigned, assignForm);
        HorizontalLayout manage = new HorizontalLayout(rename, renameButton, archive);
        // program leads read the cohort; only its facilitator (or an administrator) changes it
        boolean manages = CurrentUser.require().role() != Role.PROGRAM_LEAD;
        manage.setVisible(manages);
        enrolment.setVisible(manages);
        assignForm.setVisible(manages);
        add(
                title,
                manage,
                message,
                new H2("Progress"),
                board,
                attemptsHeading,
                reviewList,
                new H2("Trainees"),
                members,
                enrolment,
                assignment);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            cohortId = new CohortId(id);
            refresh();
        } catch (NotAllowed | IllegalArgumentException e) {
            event.rerouteToError(AccessDeniedException.class, "not your cohort");
        }
    }

    private void refresh() {
        CohortSummary summary = cohorts.cohortsOf(me()).stream()
                .filter(c -> c.id().equals(cohortId))
                .findFirst()
                .orElseThrow(() -> new NotAllowed("This cohort is run by another facilitator."));
        title.setText(summary.name() + (summary.archived() ? " (archived)" : ""));
        rename.setValue(summary.name());
        List<Member> list = cohorts.members(me(), cohortId);
        members.setItems(list);
        chosen.setItems(list);
        List<Assignment> current = assignments.ofCohort(me(), cohortId);
        assigned.setItems(current);
        board.show(list, current, assignments.progress(me(), cohortId), this::title);
        boolean readsAttempts = CurrentUser.require().role() != Role.ADMIN;
        attemptsHeading.setVisible(readsAttempts);
        reviewList.setVisible(readsAttempts);
        if (readsAttempts) {
            reviewList.show(reviews.attemptsIn(me(), cohortId, Optional.empty()), this::title);
        }
    }

    private String title(String scenarioId) {
        return titles.getOrDefault(scenarioId, scenarioId);
    }

    ReviewList reviewList() {
        return reviewList;
    }

    ProgressBoard board() {
        return board;
    }

    void enrolOne() {
        try {
            ImportResult result = cohorts.enrol(me(), cohortId, enrolName.getValue(), enrolEmail.getValue());
            showResult(result);
            enrolName.clear();
            enrolEmail.clear();
            refresh();
        } catch (ImportRefused e) {
            message.setText(e.problems().getFirst().reason().replace("line 2: ", ""));
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
    }

    void preview() {
        EnrolmentFile file = cohorts.preview(me(), cohortId, csv.getValue());
        problems.removeAll();
        for (RowProblem p : file.problems()) {
            problems.add(new ListItem(p.toString()));
        }
        previewSummary.setText(file.rows().size() + " row(s) ready to import"
                + (file.clean() ? "." : ", " + file.problems().size() + " row(s) need fixing:"));
        importAll.setEnabled(file.clean() && !file.rows().isEmpty());
        importGood.setEnabled(!file.clean() && !file.rows().isEmpty());
    }

    void runImport(boolean goodRowsOnly) {
        try {
            ImportResult result = cohorts.importTrainees(me(), cohortId, csv.getValue(), goodRowsOnly);
            showResult(result);
            csv.clear();
            problems.removeAll();
            previewSummary.setText("");
            importAll.setEnabled(false);
            importGood.setEnabled(false);
            refresh();
        } catch (ImportRefused e) {
            message.setText(e.getMessage());
        } catch (RuntimeException e) {
            message.setText("The import failed and nothing was saved: " + e.getMessage());
        }
    }

    private void showResult(ImportResult result) {
        message.setText(result.enrolled() + " enrolled, " + result.created().size() + " new account(s), "
                + result.alreadyEnrolled() + " already enrolled"
                + (result.skipped().isEmpty() ? "." : ", " + result.skipped().size() + " bad row(s) left out."));
        created.setItems(result.created());
        created.setVisible(!result.created().isEmpty());
    }

    void assign() {
        if (scenario.getValue() == null) {
            message.setText("Choose a scenario to assign.");
            return;
        }
        try {
            AssignmentTerms terms = new AssignmentTerms(
                    Optional.ofNullable(due.getValue()),
                    note.getValue(),
                    threshold.getValue() == null ? 60 : threshold.getValue(),
                    attemptLimit.getValue() == null ? OptionalInt.empty() : OptionalInt.of(attemptLimit.getValue()),
                    hints.getValue(),
                    guided.getValue(),
                    revealStyle.getValue());
            List<UserId> trainees = chosen.getValue().stream().map(Member::id).toList();
            assignments.assign(me(), cohortId, scenario.getValue().id(), terms, trainees);
            message.setText("Assigned " + scenario.getValue().title() + ".");
            scenario.clear();
            chosen.clear();
            refresh();
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
            message.setText("Saved.");
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
    }

    private static UserId me() {
        return CurrentUser.require().userId();
    }

    String message() {
        return message.getText();
    }

    List<String> problemLines() {
        return problems.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }
}
