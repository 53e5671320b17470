package app.attune.web.ui.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.insights.CohortOption;
import app.attune.core.insights.InsightsCsv;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsightsViewTest extends KaribuTest {
    private static CohortId cohort;
    private static Scenario played;

    /** One cohort with one trainee who finished one attempt, so the figures for it are known. */
    @BeforeAll
    static void oneFinishedAttempt() {
        if (cohort != null) {
            return;
        }
        AccountService accounts = service(AccountService.class);
        CohortService cohorts = service(CohortService.class);
        UserId felix = accounts.findByUsername("facilitator").orElseThrow().id();
        cohort = cohorts.create(felix, "Insights view cohort").id();
        cohorts.importTrainees(felix, cohort, "name,email\nIris View,iris.insights@example.org\n", false);
        UserId iris = accounts.findByUsername("iris.insights@example.org")
                .orElseThrow()
                .id();
        played = service(ScenarioLibrary.class).scenarios().stream()
                .filter(s -> s.style() == AttachmentStyle.ANXIOUS)
                .findFirst()
                .orElseThrow();
        PracticeService practice = service(PracticeService.class);
        LiveAttempt live = practice.start(iris, played.id(), PracticeOptions.NONE);
        practice.takeTurn(iris, live.id(), 0, "What feels hardest about this for you?");
        practice.end(iris, live.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trainee", "facilitator"})
    void trainees_and_facilitators_opening_insights_directly_are_refused(String user) {
        signInAs(user);
        navigate("insights");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(InsightsView.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "admin"})
    void leads_and_administrators_see_figures_charts_and_a_csv_link_for_every_table(String user) {
        signInAs(user);
        navigate("insights");
        InsightsView view = _get(InsightsView.class);
        chooseCohort();
        assertThat(kpi("enrolled")).isEqualTo("1");
        assertThat(kpi("active")).isEqualTo("1");
        assertThat(kpi("attempts")).isEqualTo("1");
        assertThat(kpi("completion")).as("nothing assigned in this cohort").isEqualTo("–");
        assertThat(view.current().scenarios()).singleElement().satisfies(d -> assertThat(d.key())
                .isEqualTo(played.id()));
        for (InsightsCsv.Table table : InsightsCsv.Table.values()) {
            Anchor csv = _get(Anchor.class, spec -> spec.withId("csv-" + table.id()));
            assertThat(csv.getHref()).as(table.id()).isNotBlank();
            assertThat(csv.getText()).isEqualTo("Download CSV");
        }
        for (String chart :
                new String[] {"skill-distribution", "first-best", "hardest-scenarios", "hardest-styles", "weekly-trend"
                }) {
            Div card = _get(Div.class, spec -> spec.withId("chart-" + chart));
            assertThat(card.getElement().toString()).as(chart).contains("canvas-" + chart);
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("insights-at-risk-empty"))
                        .getText())
                .contains("Nobody");
    }

    @Test
    void a_filter_that_matches_no_attempt_explains_the_empty_charts() {
        signInAs("lead");
        navigate("insights");
        chooseCohort();
        @SuppressWarnings("unchecked")
        Select<String> style = _get(Select.class, spec -> spec.withId("insights-filter-style"));
        style.setValue(AttachmentStyle.SECURE.id());
        assertThat(kpi("attempts")).isEqualTo("0");
        assertThat(kpi("average")).isEqualTo("–");
        Div card = _get(Div.class, spec -> spec.withId("chart-first-best"));
        assertThat(card.getElement().toString()).doesNotContain("<canvas").contains("No completed attempts match");
        assertThat(kpi("enrolled"))
                .as("enrolment does not depend on the scenario filters")
                .isEqualTo("1");
    }

    @Test
    void the_csv_behind_a_chart_is_what_the_page_shows() {
        signInAs("lead");
        navigate("insights");
        chooseCohort();
        InsightsView view = _get(InsightsView.class);
        String csv = InsightsCsv.of(InsightsCsv.Table.HARDEST_SCENARIOS, view.current());
        assertThat(csv.lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("scenario_id,scenario,completed_attempts,avg_overall,pass_rate_percent");
        assertThat(csv).contains(played.id());
    }

    @SuppressWarnings("unchecked")
    private static void chooseCohort() {
        MultiSelectComboBox<CohortOption> box =
                _get(MultiSelectComboBox.class, spec -> spec.withId("insights-filter-cohort"));
        CohortOption mine = box.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(cohort))
                .findFirst()
                .orElseThrow();
        box.setValue(Set.of(mine));
    }

    private static String kpi(String id) {
        return _get(Span.class, spec -> spec.withId("insights-kpi-" + id)).getText();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
