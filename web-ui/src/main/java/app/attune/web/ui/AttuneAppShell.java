package app.attune.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.inject.Singleton;

/** Page-level settings: Lumo (Vaadin 25 has no default theme) and our own small stylesheet. */
@Singleton
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/attune.css")
@Meta(name = "description", content = "Attune: a practice studio where leaders learn to coach their peers.")
public class AttuneAppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Attune");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
