package app.attune.web.ui.cohort;

import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentId;
import app.attune.core.assignment.AssignmentRefused;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.assignment.ScenarioChoice;
import app.attune.core.assignment.TraineeProgress;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.CohortSummary;
import app.attune.core.cohort.EnrolmentFile;
import app.attune.core.cohort.EnrolmentRefused;
import app.attune.core.cohort.ImportRefused;
import app.attune.core.cohort.ImportResult;
import app.attune.core.cohort.Member;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.cohort.RowProblem;
import app.attune.core.review.ReviewService;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.ui.Confirm;
import app.attune.web.ui.Plural;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One cohort at its own address ({@code /cohorts/<id>}): progress, attempts, trainees with enrolment
 * (one by one or a checked CSV import) and assignments (assign, change the due date and attempt
 * limit, remove). An archived cohort is read-only, with a banner saying so. Problems show next to
 * the field or form they are about.
 */
@Route("cohorts/:cohortId")
@RolesAllowed({Roles.FACILITATOR, Roles.PROGRAM_LEAD, Roles.ADMIN})
@Prototype
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int MAX_CSV_BYTES = 1_000_000;
    static final String PARAMETER = "cohortId";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CohortService cohorts;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final ProgressBoard board = new ProgressBoard();
    private final ReviewList reviewList = new ReviewList();
    // administrators manage cohorts but do not read coaching conversations
    private final H2 attemptsHeading = new H2("Attempts");
    private final Map<String, String> titles;
    private final boolean manages;
    private CohortId cohortId;
    private CohortSummary summary;
    private Map<AssignmentId, List<TraineeProgress>> progressByAssignment = Map.of();

    private final H1 title = new H1();
    private final Span archivedBadge = new Span("Archived");
    private final Div archivedBanner = new Div();
    private final Button unarchive = new Button("Unarchive");
    private final HorizontalLayout manage;
    private final TextField rename = new TextField();
    private final Paragraph message = new Paragraph();

    private final Grid<Member> members = new Grid<>();
    private final Div enrolment;
    private final TextField enrolName = new TextField("Name");
    private final TextField enrolEmail = new TextField("Email");
    private final Paragraph enrolMessage = new Paragraph();
    private final Div createdAfterEnrol = new Div();
    private final TextArea csv = new TextArea("Or paste the CSV here");
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph previewSummary = new Paragraph();
    private final Button importAll = new Button("Import");
    private final Button importGood = new Button("Import only the good rows");
    private final Paragraph importMessage = new Paragraph();
    private final Div createdAfterImport = new Div();
    private final CreatedAccounts created = new CreatedAccounts();

    private final Grid<Assignment> assigned = new Grid<>();
    private final Paragraph assignmentsMessage = new Paragraph();
    private final Div assignForm;
    private final ComboBox<ScenarioChoice> scenario = new ComboBox<>("Scenario");
    private final DatePicker due = new DatePicker("Due date");
    private final IntegerField threshold = new IntegerField("Pass mark");
    private final IntegerField attemptLimit = new IntegerField("Attempt limit");
    private final TextField note = new TextField("Difficulty note");
    private final Checkbox hints = new Checkbox("Hints during the conversation");
    private final Checkbox guided = new Checkbox("Guided mode (three candidate turns)");
    private final Checkbox revealStyle = new Checkbox("Show the persona's attachment style");
    private final MultiSelectComboBox<Member> chosen = new MultiSelectComboBox<>("Only these trainees");
    private final Paragraph assignMessage = new Paragraph();

    public CohortView(CohortService cohorts, AssignmentService assignments, ReviewService reviews) {
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.reviews = reviews;
        // program leads read the cohort; only its facilitator (or an administrator) changes it
        this.manages = CurrentUser.require().role() != Role.PROGRAM_LEAD;
        this.titles = assignments.scenarioChoices().stream()
                .collect(Collectors.toMap(ScenarioChoice::id, ScenarioChoice::title));
        addClassName("attune-page");
        addClassName("cohort-page");

        RouterLink back = new RouterLink("← All cohorts", CohortsView.class);
        back.setId("back-to-cohorts");
        back.addClassName("cohort-back");
        title.setId("cohort-name");
        archivedBadge.setId("cohort-archived-badge");
        archivedBadge.getElement().getThemeList().add("badge contrast");
        HorizontalLayout heading = new HorizontalLayout(title, archivedBadge);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        message.setId("cohort-message");
        message.addClassName("attune-form-message");

        archivedBanner.setId("archived-banner");
        archivedBanner.addClassName("attune-banner");
        unarchive.setId("unarchive-cohort");
        unarchive.addClickListener(
                e -> act(() -> cohorts.unarchive(me(), cohortId), "Unarchived: it can be changed again."));
        archivedBanner.add(
                new Span("This cohort is archived, so it is read-only: its trainees no longer see its assignments."
                        + " Members, progress and attempts stay here to read."),
                unarchive);

        rename.setId("rename-cohort");
        rename.setAriaLabel("Cohort name");
        rename.setMaxLength(200);
        Button renameButton =
                new Button("Rename", e -> act(() -> cohorts.rename(me(), cohortId, rename.getValue()), "Renamed."));
        Button archive = new Button("Archive…", e -> confirmArchive());
        archive.setId("archive-cohort");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        manage = new HorizontalLayout(rename, renameButton, archive);
        manage.setAlignItems(FlexComponent.Alignment.BASELINE);

        members.setId("members-grid");
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.addColumn(Member::displayName)
                .setHeader("Trainee")
                .setSortable(true)
                .setAutoWidth(true);
        members.addColumn(Member::email).setHeader("Email").setAutoWidth(true);
        members.addColumn(m -> m.mustChangePassword() ? "Not signed in yet" : "Active")
                .setHeader("Account")
                .setAutoWidth(true);
        members.setAllRowsVisible(true);

        enrolment = enrolmentSection();
        assignForm = assignForm();
        configureAssignmentsGrid();

        assignmentsMessage.setId("assignments-message");
        assignmentsMessage.addClassName("attune-form-message");
        Div assignment = new Div(new H2("Assignments"), assigned, assignmentsMessage, assignForm);
        assignment.setWidthFull();
        add(
                back,
                heading,
                archivedBanner,
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
        board.setWidthFull();
        reviewList.setWidthFull();
    }

    /** The route parameters of a cohort's page, for navigating to it. */
    public static RouteParameters parameters(CohortId id) {
        return new RouteParameters(PARAMETER, String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElse(""));
            cohortId = new CohortId(id);
            refresh();
        } catch (NotAllowed | IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException: a bad id reads like someone else's
            event.rerouteToError(AccessDeniedException.class, "not your cohort");
        }
    }

    @Override
    public String getPageTitle() {
        return (summary == null ? "Cohort" : summary.name()) + " · Attune";
    }

    // ---- building the page ----------------------------------------------------------------------

    private Div enrolmentSection() {
        enrolName.setId("enrol-name");
        enrolName.setMaxLength(200);
        enrolName.setWidth("16rem");
        enrolEmail.setId("enrol-email");
        enrolEmail.setWidth("20rem");
        enrolEmail.setHelperText("Becomes their user name");
        for (TextField f : List.of(enrolName, enrolEmail)) {
            f.setManualValidation(true);
            clearErrorOnChange(f);
        }
        Button enrol = new Button("Enrol", e -> enrolOne());
        enrol.setId("enrol-one");
        HorizontalLayout one = new HorizontalLayout(enrolName, enrolEmail, enrol);
        one.setAlignItems(FlexComponent.Alignment.BASELINE);
        one.setWrap(true);
        enrolMessage.setId("enrol-message");
        enrolMessage.addClassName("attune-form-message");

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
        importMessage.setId("import-message");
        importMessage.addClassName("attune-form-message");

        Div section = new Div(
                new H2("Enrol trainees"),
                one,
                enrolMessage,
                createdAfterEnrol,
                new H3("Import a CSV file"),
                new Paragraph("Columns: name, email and optionally cohort (the name of another cohort of yours to"
                        + " enrol that row into; leave it empty for this cohort). Nothing is imported until the file"
                        + " is clean, unless you choose to import only the good rows."),
                upload,
                csv,
                previewButton,
                previewSummary,
                problems,
                new HorizontalLayout(importAll, importGood),
                importMessage,
                createdAfterImport);
        section.setWidthFull();
        return section;
    }

    private Div assignForm() {
        scenario.setId("assign-scenario");
        scenario.setItems(assignments.scenarioChoices());
        scenario.setItemLabelGenerator(ScenarioChoice::label);
        scenario.setWidthFull();
        scenario.setManualValidation(true);
        clearErrorOnChange(scenario);
        due.setId("assign-due");
        due.setLocale(Locale.UK); // day before month, as every date on these pages reads
        due.setHelperText("Optional");
        due.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage("The due date is in the past: choose today or a later date, or leave it empty.")
                .setBadInputErrorMessage("Enter a date such as " + DAY.format(LocalDate.now()) + "."));
        threshold.setId("assign-threshold");
        threshold.setMin(0);
        threshold.setMax(100);
        threshold.setValue(60);
        threshold.setHelperText("Overall score 0–100 that counts as passed");
        threshold.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("The pass mark is an overall score from 0 to 100.")
                .setMaxErrorMessage("The pass mark is an overall score from 0 to 100.")
                .setBadInputErrorMessage("Enter a whole number from 0 to 100."));
        attemptLimit.setId("assign-attempts");
        limitField(attemptLimit);
        note.setId("assign-note");
        note.setMaxLength(500);
        note.setWidthFull();
        hints.setId("assign-hints");
        guided.setId("assign-guided");
        revealStyle.setId("assign-reveal-style");
        chosen.setId("assign-trainees");
        chosen.setItemLabelGenerator(Member::displayName);
        chosen.setHelperText("Leave empty to assign to the whole cohort");
        chosen.setWidthFull();
        chosen.setManualValidation(true);
        clearErrorOnChange(chosen);
        Button assign = new Button("Assign", e -> assign());
        assign.setId("assign-scenario-button");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignMessage.setId("assign-message");
        assignMessage.addClassName("attune-form-message");

        HorizontalLayout terms = new HorizontalLayout(due, threshold, attemptLimit);
        terms.setWrap(true);
        due.setWidth("13rem");
        threshold.setWidth("13rem");
        attemptLimit.setWidth("13rem");
        HorizontalLayout aids = new HorizontalLayout(hints, guided, revealStyle);
        aids.setWrap(true);
        Div form = new Div(new H3("Assign a scenario"), scenario, terms, note, aids, chosen, assign, assignMessage);
        form.addClassName("assign-form");
        form.setWidthFull();
        return form;
    }

    /** An attempt limit field: 1 to 50, empty for no limit, with the reason when a value is out of range. */
    private static void limitField(IntegerField field) {
        field.setMin(1);
        field.setMax(50);
        field.setHelperText("Empty: no limit");
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("Allow at least 1 attempt, or leave it empty for no limit.")
                .setMaxErrorMessage("Allow at most 50 attempts, or leave it empty for no limit.")
                .setBadInputErrorMessage("Enter a whole number from 1 to 50, or leave it empty."));
    }

    private void configureAssignmentsGrid() {
        assigned.setId("assignments-grid");
        assigned.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        assigned.addColumn(a -> title(a.scenarioId()))
                .setHeader("Scenario")
                .setWidth("12rem")
                .setFlexGrow(1);
        assigned.addColumn(a -> a.terms().due().map(DAY::format).orElse("—"))
                .setHeader("Due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        assigned.addColumn(a -> a.terms().passThreshold())
                .setHeader("Pass mark")
                .setAutoWidth(true)
                .setFlexGrow(0);
        assigned.addColumn(CohortView::attemptsText)
                .setHeader("Attempts")
                .setAutoWidth(true)
                .setFlexGrow(0);
        assigned.addColumn(a -> a.forWholeCohort()
                        ? "Whole cohort"
                        : Plural.of(a.chosenTrainees().size(), "chosen trainee"))
                .setHeader("For")
                .setAutoWidth(true)
                .setFlexGrow(0);
        assigned.addComponentColumn(this::assignmentActions)
                .setHeader("")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        assigned.setAllRowsVisible(true);
    }

    static String attemptsText(Assignment a) {
        return a.terms().attemptLimit().isPresent()
                ? Plural.of(a.terms().attemptLimit().getAsInt(), "attempt")
                : "No limit";
    }

    private Component assignmentActions(Assignment a) {
        Div cell = new Div();
        cell.addClassName("assignment-actions");
        if (!changeable()) {
            return cell;
        }
        Button change = new Button("Change", e -> openChange(a));
        change.setId("change-assignment-" + a.id().value());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.setAriaLabel("Change due date or attempts: " + title(a.scenarioId()));
        Button remove = new Button("Remove", e -> confirmRemove(a));
        remove.setId("remove-assignment-" + a.id().value());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove assignment: " + title(a.scenarioId()));
        cell.add(change, remove);
        return cell;
    }

    // ---- showing the cohort ---------------------------------------------------------------------

    private void refresh() {
        summary = cohorts.cohort(me(), cohortId);
        title.setText(summary.name());
        rename.setValue(summary.name());
        archivedBadge.setVisible(summary.archived());
        archivedBanner.setVisible(summary.archived());
        unarchive.setVisible(manages);
        boolean changeable = changeable();
        manage.setVisible(changeable);
        enrolment.setVisible(changeable);
        assignForm.setVisible(changeable);

        List<Member> list = cohorts.members(me(), cohortId);
        members.setItems(list);
        chosen.setItems(list);
        List<Assignment> current = assignments.ofCohort(me(), cohortId);
        List<TraineeProgress> progress = assignments.progress(me(), cohortId);
        progressByAssignment = new HashMap<>();
        for (TraineeProgress p : progress) {
            progressByAssignment
                    .computeIfAbsent(p.assignment(), k -> new ArrayList<>())
                    .add(p);
        }
        assigned.setItems(current);
        assigned.getColumnByKey("actions").setVisible(changeable);
        board.show(list, current, progress, this::title);
        boolean readsAttempts = CurrentUser.require().role() != Role.ADMIN;
        attemptsHeading.setVisible(readsAttempts);
        reviewList.setVisible(readsAttempts);
        if (readsAttempts) {
            reviewList.show(reviews.attemptsIn(me(), cohortId, Optional.empty()), this::title);
        }
        due.setMin(assignments.today());
    }

    private boolean changeable() {
        return manages && summary != null && !summary.archived();
    }

    private String title(String scenarioId) {
        return titles.getOrDefault(scenarioId, scenarioId);
    }

    // ---- archive --------------------------------------------------------------------------------

    private void confirmArchive() {
        Confirm.ask("archive", "Archive " + summary.name() + "?")
                .explain("Its trainees stop seeing its assignments, and the cohort becomes read-only: no"
                        + " enrolling, assigning or renaming. Members, progress and attempts stay here to read, and"
                        + " you can unarchive it at any time.")
                .yes("Archive")
                .destructive()
                .then(() -> act(() -> cohorts.archive(me(), cohortId), "Archived."));
    }

    // ---- enrolment ------------------------------------------------------------------------------

    void enrolOne() {
        enrolMessage.setText("");
        String name = enrolName.getValue().strip();
        try {
            ImportResult result = cohorts.enrol(me(), cohortId, enrolName.getValue(), enrolEmail.getValue());
            if (!result.created().isEmpty()) {
                enrolMessage.setText("Enrolled " + name + ". Their one-time password is below.");
            } else if (result.alreadyEnrolled() > 0) {
                enrolMessage.setText(name + " is already in this cohort.");
            } else {
                enrolMessage.setText("Enrolled " + name + " (they already had an account).");
            }
            showCreated(result, createdAfterEnrol);
            enrolName.clear();
            enrolEmail.clear();
            refresh();
        } catch (EnrolmentRefused e) {
            showError(e.field() == EnrolmentRefused.Field.NAME ? enrolName : enrolEmail, e.getMessage());
        } catch (ImportRefused e) {
            // e.g. the email belongs to a staff account
            showError(enrolEmail, sentence(e.problems().getFirst().reason()));
        } catch (RuntimeException e) {
            enrolMessage.setText(e.getMessage());
        }
    }

    void preview() {
        EnrolmentFile file = cohorts.preview(me(), cohortId, csv.getValue());
        problems.removeAll();
        for (RowProblem p : file.problems()) {
            problems.add(new ListItem(p.toString()));
        }
        String ready = Plural.of(file.rows().size(), "row") + " ready to import";
        previewSummary.setText(
                file.clean()
                        ? ready + "."
                        : ready + ", " + Plural.of(file.problems().size(), "row needs", "rows need") + " fixing:");
        importAll.setEnabled(file.clean() && !file.rows().isEmpty());
        importGood.setEnabled(!file.clean() && !file.rows().isEmpty());
        importMessage.setText("");
    }

    void runImport(boolean goodRowsOnly) {
        try {
            ImportResult result = cohorts.importTrainees(me(), cohortId, csv.getValue(), goodRowsOnly);
            importMessage.setText(importSummary(result));
            showCreated(result, createdAfterImport);
            csv.clear();
            problems.removeAll();
            previewSummary.setText("");
            importAll.setEnabled(false);
            importGood.setEnabled(false);
            refresh();
        } catch (ImportRefused e) {
            preview();
            importMessage.setText(e.getMessage());
        } catch (RuntimeException e) {
            importMessage.setText("The import failed and nothing was saved: " + e.getMessage());
        }
    }

    static String importSummary(ImportResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(Plural.of(result.enrolled(), "trainee") + " enrolled");
        if (!result.created().isEmpty()) {
            parts.add(Plural.of(result.created().size(), "new account") + " (one-time passwords below)");
        }
        if (result.alreadyEnrolled() > 0) {
            parts.add(result.alreadyEnrolled() + " already enrolled");
        }
        if (!result.skipped().isEmpty()) {
            parts.add(Plural.of(result.skipped().size(), "bad row") + " left out");
        }
        return String.join(", ", parts) + ".";
    }

    /** Shows the new accounts' one-time passwords right under the form that created them. */
    private void showCreated(ImportResult result, Div where) {
        created.show(result.created());
        if (!result.created().isEmpty()) {
            where.add(created);
        }
    }

    // ---- assignments ----------------------------------------------------------------------------

    void assign() {
        assignMessage.setText("");
        scenario.setInvalid(false);
        chosen.setInvalid(false);
        if (scenario.getValue() == null) {
            showError(scenario, "Choose a scenario to assign.");
            return;
        }
        if (due.isInvalid() || threshold.isInvalid() || attemptLimit.isInvalid()) {
            assignMessage.setText("Fix the fields marked in red first.");
            return;
        }
        if (threshold.getValue() == null) {
            showError(threshold, "Enter a pass mark from 0 to 100 (0: any finished attempt passes).");
            return;
        }
        try {
            AssignmentTerms terms = new AssignmentTerms(
                    Optional.ofNullable(due.getValue()),
                    note.getValue(),
                    threshold.getValue(),
                    attemptLimit.getValue() == null ? OptionalInt.empty() : OptionalInt.of(attemptLimit.getValue()),
                    hints.getValue(),
                    guided.getValue(),
                    revealStyle.getValue());
            List<UserId> trainees = chosen.getValue().stream().map(Member::id).toList();
            assignments.assign(me(), cohortId, scenario.getValue().id(), terms, trainees);
            String assignedTitle = scenario.getValue().title();
            scenario.clear();
            chosen.clear();
            refresh();
            assignMessage.setText("Assigned " + assignedTitle + ".");
        } catch (AssignmentRefused e) {
            showError(assignField(e.field()), e.getMessage());
        } catch (RuntimeException e) {
            assignMessage.setText(e.getMessage());
        }
    }

    private HasValidation assignField(AssignmentRefused.Field field) {
        return switch (field) {
            case SCENARIO -> scenario;
            case DUE -> due;
            case PASS_THRESHOLD -> threshold;
            case ATTEMPT_LIMIT -> attemptLimit;
            case NOTE -> note;
            case TRAINEES -> chosen;
        };
    }

    private void openChange(Assignment a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Change " + title(a.scenarioId()));
        DatePicker newDue = new DatePicker("Due date");
        newDue.setLocale(Locale.UK);
        newDue.setId("change-due");
        newDue.setClearButtonVisible(true);
        LocalDate today = assignments.today();
        // a due date that has passed may be kept (to give extra attempts only); a new one may not
        newDue.setMin(a.terms().due().filter(d -> d.isBefore(today)).orElse(today));
        newDue.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage("The due date is in the past: choose today or a later date, or leave it empty."));
        newDue.setValue(a.terms().due().orElse(null));
        newDue.setHelperText("Empty: no due date");
        IntegerField newLimit = new IntegerField("Attempt limit");
        newLimit.setId("change-attempts");
        limitField(newLimit);
        newLimit.setStepButtonsVisible(true);
        a.terms().attemptLimit().ifPresent(newLimit::setValue);
        int mostUsed = progressByAssignment.getOrDefault(a.id(), List.of()).stream()
                .mapToInt(TraineeProgress::attempts)
                .max()
                .orElse(0);
        Paragraph used = new Paragraph(
                "Most attempts used by one trainee so far: " + mostUsed + ". Raise the limit to give extra attempts.");
        used.addClassName("attune-muted");
        Paragraph problem = new Paragraph();
        problem.setId("change-message");
        problem.addClassName("attune-form-message");
        dialog.add(new VerticalLayout(newDue, newLimit, used, problem));
        Button save = new Button("Save", e -> {
            if (newDue.isInvalid() || newLimit.isInvalid()) {
                problem.setText("Fix the fields marked in red first.");
                return;
            }
            try {
                assignments.change(
                        me(),
                        a.id(),
                        Optional.ofNullable(newDue.getValue()),
                        newLimit.getValue() == null ? OptionalInt.empty() : OptionalInt.of(newLimit.getValue()));
                dialog.close();
                refresh();
                assignmentsMessage.setText("Changed " + title(a.scenarioId()) + ": "
                        + newDue.getOptionalValue()
                                .map(d -> "due " + DAY.format(d))
                                .orElse("no due date") + ", "
                        + (newLimit.getValue() == null
                                ? "no attempt limit"
                                : Plural.of(newLimit.getValue(), "attempt") + " allowed")
                        + ".");
            } catch (AssignmentRefused ex) {
                showError(ex.field() == AssignmentRefused.Field.DUE ? newDue : newLimit, ex.getMessage());
            } catch (RuntimeException ex) {
                problem.setText(ex.getMessage());
            }
        });
        save.setId("confirm-change");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-change");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmRemove(Assignment a) {
        String scenarioTitle = title(a.scenarioId());
        int attempts = progressByAssignment.getOrDefault(a.id(), List.of()).stream()
                .mapToInt(TraineeProgress::attempts)
                .sum();
        String made = attempts == 0
                ? "No attempts have been made for it yet."
                : Plural.of(attempts, "attempt has", "attempts have") + " been made for it. They stay: the"
                        + " trainees keep them in their history, you can still review them under Attempts, but they"
                        + " no longer count for any assignment (not even if you assign the scenario again).";
        Paragraph text = new Paragraph("It leaves the progress board and the trainees' practice pages; they can"
                + " still practise the scenario freely. " + made);
        text.setId("remove-explanation");
        Confirm.ask("remove", "Remove " + scenarioTitle + "?")
                .explain(text)
                .yes("Remove assignment")
                .no("Keep it")
                .destructive()
                .then(() -> {
                    try {
                        assignments.remove(me(), a.id());
                        refresh();
                        assignmentsMessage.setText("Removed " + scenarioTitle + ".");
                    } catch (RuntimeException ex) {
                        assignmentsMessage.setText(ex.getMessage());
                    }
                });
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void act(java.util.function.Supplier<?> action, String done) {
        try {
            action.get();
            refresh();
            message.setText(done);
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
    }

    /** A field whose errors this view sets itself (manual validation): the error clears once the value changes. */
    private static <F extends HasValue<?, ?> & HasValidation> void clearErrorOnChange(F field) {
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    /** Shows a problem right at the field it is about. */
    static void showError(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static String sentence(String reason) {
        String s = reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private static UserId me() {
        return CurrentUser.require().userId();
    }

    // ---- for tests ------------------------------------------------------------------------------

    String message() {
        return message.getText();
    }

    String enrolMessage() {
        return enrolMessage.getText();
    }

    String importMessage() {
        return importMessage.getText();
    }

    String assignMessage() {
        return assignMessage.getText();
    }

    String assignmentsMessage() {
        return assignmentsMessage.getText();
    }

    String createdLines() {
        return created.lines();
    }

    ReviewList reviewList() {
        return reviewList;
    }

    ProgressBoard board() {
        return board;
    }

    List<String> problemLines() {
        return problems.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }
}
