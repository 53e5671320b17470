package app.attune.web.ui.admin;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
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

    public PeopleView(AccountService accounts) {
        addClassName("attune-page");
        setSizeFull();
        Grid<Account> grid = new Grid<>();
        grid.setId("people-grid");
        grid.addColumn(Account::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(Account::username)
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
        grid.setItems(accounts.listAll());
        add(new H1("People"), grid);
    }
}
