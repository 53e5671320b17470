package app.attune.web.ui;

import app.attune.core.account.Role;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.SignedInUser;
import app.attune.web.ui.admin.PeopleView;
import app.attune.web.ui.cohort.CohortsView;
import app.attune.web.ui.insights.InsightsView;
import app.attune.web.ui.practice.PracticeHomeView;
import app.attune.web.ui.practice.ProgressView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page: brand, navigation for the role, who is signed in. */
@Layout
@Prototype
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout() {
        SignedInUser user = CurrentUser.get().orElse(null);
        Span brand = new Span("Attune");
        brand.addClassName("attune-brand");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.addClassName("attune-navbar");
        if (user != null) {
            Span who = new Span(user.displayName());
            who.setId("signed-in-name");
            Span role = new Span(user.role().title());
            role.getElement().getThemeList().add("badge contrast");
            Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> signOut());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div spacer = new Div();
            bar.add(spacer, who, role, signOut);
            bar.expand(spacer);
        }
        addToNavbar(bar);
        addToDrawer(navigation(user));
    }

    private static SideNav navigation(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Home", HomeView.class, VaadinIcon.HOME.create()));
        if (user != null && (user.role() == Role.TRAINEE || user.role() == Role.FACILITATOR)) {
            nav.addItem(new SideNavItem("Practice", PracticeHomeView.class, VaadinIcon.COMMENTS_O.create()));
            nav.addItem(new SideNavItem("Progress", ProgressView.class, VaadinIcon.CHART_LINE.create()));
        }
        if (user != null && user.role() != Role.TRAINEE) {
            nav.addItem(new SideNavItem("Cohorts", CohortsView.class, VaadinIcon.GROUP.create()));
        }
        if (user != null && (user.role() == Role.PROGRAM_LEAD || user.role() == Role.ADMIN)) {
            nav.addItem(new SideNavItem("Insights", InsightsView.class, VaadinIcon.CHART.create()));
        }
        if (user != null && user.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem("People", PeopleView.class, VaadinIcon.USERS.create()));
        }
        return nav;
    }

    private void signOut() {
        CurrentUser.signOut();
        getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
    }
}
