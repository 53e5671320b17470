package app.attune.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.admin.PeopleView;
import app.attune.web.ui.cohort.CohortView;
import app.attune.web.ui.insights.InsightsView;
import app.attune.web.ui.practice.FeedbackReportView;
import app.attune.web.ui.review.ReviewView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every protected address typed straight into the browser, by every kind of person who should not
 * see it: the services refuse, and the page says so without showing anything of the attempt.
 */
class DirectAddressesTest extends KaribuTest {
    private AttemptId demoTraineesAttempt;
    private AttemptId cohortTraineesAttempt;
    private long facilitatorsCohort;
    private long otherCohort;
    private String otherFacilitator;

    @BeforeEach
    void aProgramWithTwoFacilitators() {
        AccountService accounts = service(AccountService.class);
        CohortService cohorts = service(CohortService.class);
        PracticeService practice = service(PracticeService.class);
        String scenario = service(ScenarioLibrary.class).scenarios().getFirst().id();
        long n = System.nanoTime();
        UserId facilitator =
                accounts.findByUsername("facilitator").orElseThrow().id();
        otherFacilitator = "second.facilitator." + n;
        UserId other = accounts.create(new NewAccount(
                        otherFacilitator, "Second Facilitator", null, Role.FACILITATOR, "pass-word-1", false))
                .id();
        CohortId mine = cohorts.create(facilitator, "Direct " + n).id();
        facilitatorsCohort = mine.value();
        otherCohort = cohorts.create(other, "Elsewhere " + n).id().value();
        String email = "direct." + n + "@example.org";
        cohorts.enrol(facilitator, mine, "Dee Rect", email);
        UserId cohortTrainee = accounts.findByUsername(email).orElseThrow().id();
        cohortTraineesAttempt = finished(practice, cohortTrainee, scenario);
        demoTraineesAttempt = finished(
                practice, accounts.findByUsername("trainee").orElseThrow().id(), scenario);
    }

    private static AttemptId finished(PracticeService practice, UserId trainee, String scenario) {
        LiveAttempt live = practice.start(trainee, scenario, PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "How are things with you at the moment?");
        return practice.end(trainee, live.id());
    }

    @Test
    void a_trainee_reaches_only_their_own_attempts_and_none_of_the_staff_pages() {
        signInAs("trainee");
        assertShows("attempts/" + demoTraineesAttempt.value(), FeedbackReportView.class);
        assertThat(_find(H1.class, s -> s.withId("report-title"))).hasSize(1);
        navigate("attempts/" + cohortTraineesAttempt.value());
        assertThat(_find(H1.class, s -> s.withId("report-title"))).isEmpty();
        assertThat(_find(H1.class, s -> s.withId("attempt-not-found"))).hasSize(1);
        assertDenied("review/" + demoTraineesAttempt.value());
        assertDenied("cohorts");
        assertDenied("cohorts/" + facilitatorsCohort);
        assertDenied("insights");
        assertDenied("admin/people");
    }

    @Test
    void a_facilitator_reaches_only_the_cohorts_they_run_and_their_trainees_attempts() {
        signInAs("facilitator");
        assertShows("cohorts/" + facilitatorsCohort, CohortView.class);
        assertShows("review/" + cohortTraineesAttempt.value(), ReviewView.class);
        assertDenied("cohorts/" + otherCohort);
        assertDenied("review/" + demoTraineesAttempt.value());
        navigate("attempts/" + demoTraineesAttempt.value());
        assertThat(_find(H1.class, s -> s.withId("report-title"))).isEmpty();
        assertDenied("insights");
        assertShows("practice", app.attune.web.ui.practice.PracticeHomeView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("facilitator-practice-note")))
                .as("a facilitator tries scenarios, told their attempts stay their own")
                .hasSize(1);
        assertDenied("admin/people");
    }

    @Test
    void another_facilitator_cannot_reach_this_cohort_or_its_attempts() {
        signInAs(otherFacilitator);
        assertShows("cohorts/" + otherCohort, CohortView.class);
        assertDenied("cohorts/" + facilitatorsCohort);
        assertDenied("review/" + cohortTraineesAttempt.value());
        navigate("attempts/" + cohortTraineesAttempt.value());
        assertThat(_find(H1.class, s -> s.withId("report-title"))).isEmpty();
    }

    @Test
    void a_program_lead_reads_everything_in_the_program_but_manages_no_one() {
        signInAs("lead");
        assertShows("insights", InsightsView.class);
        assertShows("cohorts/" + facilitatorsCohort, CohortView.class);
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("enrol-one")))
                .as("a program lead reads a cohort but does not enrol")
                .isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("assign-scenario-button")))
                .isEmpty();
        assertShows("review/" + cohortTraineesAttempt.value(), ReviewView.class);
        assertShows("review/" + demoTraineesAttempt.value(), ReviewView.class);
        assertDenied("admin/people");
        assertDenied("practice");
    }

    @Test
    void an_administrator_manages_people_and_cohorts_but_reads_no_attempts() {
        signInAs("admin");
        assertShows("admin/people", PeopleView.class);
        assertShows("cohorts/" + facilitatorsCohort, CohortView.class);
        assertDenied("review/" + cohortTraineesAttempt.value());
        assertDenied("practice");
    }

    private static void assertShows(String address, Class<?> view) {
        navigate(address);
        assertThat(currentView()).as(address).isInstanceOf(view);
    }

    private static void assertDenied(String address) {
        navigate(address);
        assertThat(currentView()).as(address).isInstanceOf(AccessDeniedView.class);
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
