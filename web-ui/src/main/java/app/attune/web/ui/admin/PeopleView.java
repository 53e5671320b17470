package app.attune.web.ui.admin;

import app.attune.core.account.PeopleService;
import app.attune.core.account.Person;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/** Administrators see everyone with an account and their role. */
@Route("admin/people")
@PageTitle("People · Attune")
@RolesAllowed(Roles.ADMIN)
@Prototype
public class PeopleView extends VerticalLayout {

    public PeopleView(PeopleService people) {
        addClassName("attune-page");
        setSizeFull();
        Grid<Person> grid = new Grid<>();
        grid.setId("people-grid");
        grid.addColumn(Person::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(Person::username)
                .setHeader("User name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email())
                .setHeader("Email")
                .setAutoWidth(true);
        grid.addColumn(a -> a.role().title())
                .setHeader("Role")
                .setSortable(true)
                .setAutoWidth(true);
        grid.setItems(people.people(CurrentUser.require().userId(), ""));
        add(new H1("People"), grid);
    }
}
