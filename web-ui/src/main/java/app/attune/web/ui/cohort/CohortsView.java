package app.attune.web.ui.cohort;

import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.CohortSummary;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/** A facilitator's cohorts: create one, open one. */
@Route("cohorts")
@PageTitle("Cohorts · Attune")
@RolesAllowed({Roles.FACILITATOR, Roles.PROGRAM_LEAD, Roles.ADMIN})
@Prototype
public class CohortsView extends VerticalLayout {
    private final CohortService cohorts;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Paragraph message = new Paragraph();

    public CohortsView(CohortService cohorts) {
        this.cohorts = cohorts;
        addClassName("attune-page");
        grid.setId("cohorts-grid");
        grid.addColumn(CohortSummary::name)
                .setHeader("Cohort")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(CohortSummary::members).setHeader("Trainees").setSortable(true);
        grid.addColumn(c -> c.archived() ? "Archived" : "Active").setHeader("Status");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);

        name.setId("new-cohort-name");
        name.setPlaceholder("New cohort name");
        name.setMaxLength(200);
        Button create = new Button("Create cohort", e -> create());
        create.setId("create-cohort");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("cohorts-message");
        message.addClassName("attune-form-message");
        HorizontalLayout creating = new HorizontalLayout(name, create);
        // program leads follow every cohort; facilitators and administrators create them
        creating.setVisible(CurrentUser.require().role() != app.attune.core.account.Role.PROGRAM_LEAD);
        add(new H1("Cohorts"), creating, message, grid);
        refresh();
    }

    void create() {
        try {
            CohortSummary created = cohorts.create(CurrentUser.require().userId(), name.getValue());
            name.clear();
            message.setText("Created " + created.name() + ".");
            refresh();
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
    }

    private void open(CohortSummary cohort) {
        getUI().ifPresent(ui -> ui.navigate(CohortView.class, CohortView.parameters(cohort.id())));
    }

    private void refresh() {
        grid.setItems(cohorts.cohortsOf(CurrentUser.require().userId()));
    }

    String message() {
        return message.getText();
    }
}
