package app.attune.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their role may not see. */
@PageTitle("Not allowed · Attune")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@Prototype
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("attune-page");
        H1 title = new H1("Not allowed");
        title.setId("not-allowed");
        add(
                title,
                new Paragraph("Your role does not give access to this page. If you think it should, ask your"
                        + " Attune administrator."),
                new Anchor("", "Back to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
