package app.attune.web.ui;

import app.attune.core.account.Role;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.SignedInUser;
import app.attune.web.ui.practice.PracticeHomeView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** Where everyone lands after signing in: a greeting by name, the role, and what to do next. */
@Route("")
@PageTitle("Home · Attune")
@PermitAll
@Prototype
public class HomeView extends VerticalLayout {

    public HomeView() {
        SignedInUser user = CurrentUser.require();
        addClassName("attune-page");
        H1 greeting = new H1("Welcome, " + firstName(user.displayName()));
        greeting.setId("greeting");
        Span role = new Span(user.role().title());
        role.setId("home-role");
        role.getElement().getThemeList().add("badge");
        add(greeting, role, new Paragraph(RoleIntroduction.of(user.role())));
        if (user.role() == Role.TRAINEE) {
            RouterLink practice = new RouterLink("Go to practice", PracticeHomeView.class);
            practice.setId("go-practice");
            practice.addClassName("attune-cta");
            add(practice);
        }
    }

    static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}
