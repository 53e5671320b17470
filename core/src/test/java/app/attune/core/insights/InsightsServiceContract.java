package app.attune.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.assignment.ProgressState;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.review.ReviewService;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import app.attune.grading.Skill;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Program insights on H2 and on the MySQL-protocol server: every figure and the access rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsightsServiceContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-07T09:00:00Z"));
    private AttunePlatform platform;
    private InsightsService insights;
    private PracticeService practice;
    private ReviewService reviews;
    private CohortService cohorts;
    private AssignmentService assignments;
    private AccountService accounts;
    private UserId felix;
    private UserId lead;
    private UserId admin;
    private Scenario avoidant;
    private Scenario secure;
    private int cohortNo;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true), clock);
        insights = platform.service(InsightsService.class);
        practice = platform.service(PracticeService.class);
        reviews = platform.service(ReviewService.class);
        cohorts = platform.service(CohortService.class);
        assignments = platform.service(AssignmentService.class);
        accounts = platform.service(AccountService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        lead = accounts.findByUsername("lead").orElseThrow().id();
        admin = accounts.findByUsername("admin").orElseThrow().id();
        List<Scenario> library = platform.service(ScenarioLibrary.class).scenarios();
        avoidant = library.stream()
                .filter(s -> s.style() == AttachmentStyle.AVOIDANT)
                .findFirst()
                .orElseThrow();
        secure = library.stream()
                .filter(s -> s.style() == AttachmentStyle.SECURE)
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /** A fresh cohort run by Felix with the named trainees, so each test reads only its own rows. */
    private List<UserId> cohortWith(CohortId[] out, String... names) {
        String tag = "c" + (++cohortNo);
        CohortId cohort = cohorts.create(felix, "Insights " + tag).id();
        out[0] = cohort;
        StringBuilder csv = new StringBuilder("name,email\n");
        for (String name : names) {
            csv.append(name).append(',').append(email(name, tag)).append('\n');
        }
        cohorts.importTrainees(felix, cohort, csv.toString(), false);
        return java.util.Arrays.stream(names)
                .map(n -> accounts.findByUsername(email(n, tag)).orElseThrow().id())
                .toList();
    }

    private static String email(String name, String tag) {
        return name.toLowerCase().replace(' ', '.') + "." + tag + "@example.org";
    }

    private AttemptId finished(UserId trainee, Scenario scenario) {
        LiveAttempt live = practice.start(trainee, scenario.id(), PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "How are you feeling about all of this?");
        practice.end(trainee, live.id());
        clock.advance(Duration.ofMinutes(5));
        return live.id();
    }

    private static AssignmentTerms terms(int threshold, Optional<LocalDate> due) {
        return new AssignmentTerms(due, "", threshold, OptionalInt.empty(), false, false, false);
    }

    private Insights of(CohortId cohort) {
        return insights.insights(lead, InsightsFilter.ALL.withCohorts(Set.of(cohort)));
    }

    private static SkillLift lift(Insights in, Skill skill) {
        return in.lifts().stream().filter(l -> l.skill() == skill).findFirst().orElseThrow();
    }

    private static SkillDistribution distribution(Insights in, Skill skill) {
        return in.distributions().stream()
                .filter(d -> d.skill() == skill)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void enrolled_active_completion_and_pass_count_assigned_trainees() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Ana Pass", "Ben Low", "Cal Idle", "Dee Started");
        assignments.assign(felix, c[0], avoidant.id(), terms(0, Optional.empty()), List.of());
        assignments.assign(felix, c[0], secure.id(), terms(101 - 1, Optional.empty()), List.of(t.get(1)));
        clock.advance(Duration.ofMinutes(1));
        finished(t.get(0), avoidant); // passes: threshold 0
        finished(t.get(1), secure); // completes the chosen-only assignment below 100
        practice.start(t.get(3), avoidant.id(), PracticeOptions.NONE); // started, not finished

        Kpis k = of(c[0]).kpis();
        assertThat(k.enrolled()).isEqualTo(4);
        assertThat(k.active()).as("Ana, Ben and Dee started something").isEqualTo(3);
        assertThat(k.assigned()).as("four on the cohort assignment, one chosen").isEqualTo(5);
        assertThat(k.completed()).isEqualTo(2);
        assertThat(k.completionRate().getAsDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(k.completedAttempts()).isEqualTo(2);
        assertThat(k.passed())
                .as("only the threshold-0 completion passes unless the secure attempt scored 100")
                .isBetween(1, 2);
        assertThat(k.passRate().getAsDouble()).isCloseTo(k.passed() / 5.0, within(1e-9));
    }

    @Test
    void first_best_and_lift_average_each_trainees_first_and_best_score_and_overrides_count() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Eve Lift", "Finn Lift");
        AttemptId eve1 = finished(t.get(0), avoidant);
        AttemptId eve2 = finished(t.get(0), avoidant);
        AttemptId eve3 = finished(t.get(0), secure);
        AttemptId finn1 = finished(t.get(1), avoidant);
        reviews.override(felix, eve1, Skill.EMOTIVE_INQUIRY, 20, "first try");
        reviews.override(felix, eve2, Skill.EMOTIVE_INQUIRY, 80, "much better");
        reviews.override(felix, eve3, Skill.EMOTIVE_INQUIRY, 50, "a harder client");
        reviews.override(felix, finn1, Skill.EMOTIVE_INQUIRY, 40, "one attempt");

        Insights in = of(c[0]);
        SkillLift emotive = lift(in, Skill.EMOTIVE_INQUIRY);
        assertThat(emotive.trainees()).isEqualTo(2);
        assertThat(emotive.first()).as("(20 + 40) / 2").isCloseTo(30.0, within(1e-9));
        assertThat(emotive.best()).as("(80 + 40) / 2").isCloseTo(60.0, within(1e-9));
        assertThat(emotive.lift()).isCloseTo(30.0, within(1e-9));

        SkillDistribution d = distribution(in, Skill.EMOTIVE_INQUIRY);
        assertThat(d.scores()).isEqualTo(4);
        assertThat(d.min()).isEqualTo(20);
        assertThat(d.q1()).isEqualTo(20);
        assertThat(d.median()).isEqualTo(40);
        assertThat(d.q3()).isEqualTo(50);
        assertThat(d.max()).isEqualTo(80);
        assertThat(d.mean()).isCloseTo(47.5, within(1e-9));
        assertThat(d.count(app.attune.grading.SkillLevel.BEGINNING)).isEqualTo(1);
        assertThat(d.count(app.attune.grading.SkillLevel.DEVELOPING)).isEqualTo(2);
        assertThat(d.count(app.attune.grading.SkillLevel.STRONG)).isEqualTo(1);

        reviews.override(felix, eve1, Skill.EMOTIVE_INQUIRY, 70, "re-marked");
        assertThat(lift(of(c[0]), Skill.EMOTIVE_INQUIRY).first())
                .as("a second override on the first attempt moves the first-attempt average")
                .isCloseTo(55.0, within(1e-9));
    }

    @Test
    void skills_a_session_gave_no_chance_to_show_are_left_out_of_levels_and_lift() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Gus Calm", "Hana Calm");
        finished(t.get(0), avoidant); // one exploring turn: no rupture, so repair is not counted
        AttemptId hana = finished(t.get(1), avoidant);

        Insights in = of(c[0]);
        assertThat(distribution(in, Skill.REPAIR).scores())
                .as("no placeholder repair scores in the levels")
                .isZero();
        assertThat(in.lifts().stream()
                        .filter(l -> l.skill() == Skill.REPAIR)
                        .mapToInt(SkillLift::trainees)
                        .sum())
                .isZero();
        assertThat(distribution(in, Skill.RESTRAINT).scores()).isEqualTo(2);

        reviews.override(felix, hana, Skill.REPAIR, 90, "she repaired a misstep the grader missed");
        assertThat(distribution(of(c[0]), Skill.REPAIR).scores())
                .as("a facilitator's score counts")
                .isEqualTo(1);
    }

    @Test
    void deleted_attempts_vanish_from_every_figure() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Gil Gone");
        AttemptId kept = finished(t.getFirst(), avoidant);
        AttemptId dropped = finished(t.getFirst(), avoidant);
        reviews.override(felix, kept, Skill.OPEN_INQUIRY, 30, "kept");
        reviews.override(felix, dropped, Skill.OPEN_INQUIRY, 90, "dropped later");
        assertThat(of(c[0]).kpis().completedAttempts()).isEqualTo(2);

        practice.delete(t.getFirst(), dropped);
        Insights in = of(c[0]);
        assertThat(in.kpis().completedAttempts()).isEqualTo(1);
        assertThat(distribution(in, Skill.OPEN_INQUIRY).max()).isEqualTo(30);
        assertThat(lift(in, Skill.OPEN_INQUIRY).best()).isCloseTo(30.0, within(1e-9));
        assertThat(in.scenarios()).singleElement().satisfies(s -> assertThat(s.attempts())
                .isEqualTo(1));
        assertThat(in.weeks().stream().mapToInt(WeekPoint::completed).sum()).isEqualTo(1);

        practice.delete(t.getFirst(), kept);
        Insights none = of(c[0]);
        assertThat(none.noScores()).isTrue();
        assertThat(none.kpis().active()).isZero();
        assertThat(distribution(none, Skill.OPEN_INQUIRY).scores()).isZero();
    }

    @Test
    void scenarios_and_styles_are_ranked_hardest_first_and_filters_narrow_them() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Hal Style");
        finished(t.getFirst(), avoidant);
        finished(t.getFirst(), secure);
        Insights all = of(c[0]);
        assertThat(all.scenarios()).extracting(Difficulty::key).containsExactlyInAnyOrder(avoidant.id(), secure.id());
        assertThat(all.styles()).extracting(Difficulty::key).containsExactlyInAnyOrder("avoidant", "secure");
        assertThat(all.scenarios().get(0).averageOverall().getAsDouble())
                .isLessThanOrEqualTo(all.scenarios().get(1).averageOverall().getAsDouble());
        assertThat(all.scenarios())
                .filteredOn(d -> d.key().equals(avoidant.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.label()).isEqualTo(avoidant.title()));

        InsightsFilter avoidantOnly =
                InsightsFilter.ALL.withCohorts(Set.of(c[0])).withStyle(Optional.of(AttachmentStyle.AVOIDANT));
        Insights byStyle = insights.insights(lead, avoidantOnly);
        assertThat(byStyle.scenarios()).extracting(Difficulty::key).containsExactly(avoidant.id());
        assertThat(byStyle.kpis().completedAttempts()).isEqualTo(1);

        Insights byScenario = insights.insights(
                lead, InsightsFilter.ALL.withCohorts(Set.of(c[0])).withScenario(Optional.of(secure.id())));
        assertThat(byScenario.styles()).extracting(Difficulty::key).containsExactly("secure");

        Insights contradictory = insights.insights(lead, avoidantOnly.withScenario(Optional.of(secure.id())));
        assertThat(contradictory.noScores())
                .as("a secure scenario under the avoidant filter")
                .isTrue();
    }

    @Test
    void the_period_narrows_attempts_and_weeks_run_without_gaps() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Ivy Week");
        LocalDate firstDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        finished(t.getFirst(), avoidant);
        clock.advance(Duration.ofDays(14));
        LocalDate laterDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        finished(t.getFirst(), avoidant);
        finished(t.getFirst(), secure);

        Insights all = of(c[0]);
        assertThat(all.weeks()).hasSizeBetween(3, 3);
        assertThat(all.weeks()).extracting(WeekPoint::completed).containsExactly(1, 0, 2);
        assertThat(all.weeks().get(1).averageOverall()).isEmpty();

        Insights later = insights.insights(
                lead,
                InsightsFilter.ALL.withCohorts(Set.of(c[0])).withPeriod(Optional.of(laterDay), Optional.of(laterDay)));
        assertThat(later.kpis().completedAttempts()).isEqualTo(2);
        Insights earlier = insights.insights(
                lead,
                InsightsFilter.ALL.withCohorts(Set.of(c[0])).withPeriod(Optional.of(firstDay), Optional.of(firstDay)));
        assertThat(earlier.kpis().completedAttempts()).isEqualTo(1);
        assertThat(earlier.weeks()).singleElement().satisfies(w -> assertThat(w.completed())
                .isEqualTo(1));
        assertThatThrownBy(() -> InsightsFilter.ALL.withPeriod(Optional.of(laterDay), Optional.of(firstDay)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stalled_and_past_due_trainees_are_listed_with_cohort_assignment_and_since() {
        CohortId[] c = new CohortId[1];
        List<UserId> t = cohortWith(c, "Jo Late", "Kim Idle", "Lou Done");
        LocalDate due = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(2);
        assignments.assign(felix, c[0], avoidant.id(), terms(0, Optional.of(due)), List.of());
        assignments.assign(felix, c[0], secure.id(), terms(0, Optional.empty()), List.of());
        clock.advance(Duration.ofMinutes(1));
        practice.start(t.get(1), avoidant.id(), PracticeOptions.NONE);
        practice.start(t.get(1), secure.id(), PracticeOptions.NONE);
        Instant kimStarted = clock.instant();
        finished(t.get(2), avoidant);
        assertThat(of(c[0]).atRisk()).isEmpty();

        clock.advance(Duration.ofDays(4));
        List<AtRisk> risk = of(c[0]).atRisk();
        assertThat(risk)
                .extracting(r -> r.traineeName() + " / " + r.scenarioId() + " / " + r.reason())
                .containsExactlyInAnyOrder(
                        "Jo Late / " + avoidant.id() + " / Past due",
                        "Kim Idle / " + avoidant.id() + " / Past due and stalled",
                        "Kim Idle / " + secure.id() + " / Stalled: idle");
        AtRisk jo = risk.stream()
                .filter(r -> r.traineeName().equals("Jo Late"))
                .findFirst()
                .orElseThrow();
        assertThat(jo.state()).isEqualTo(ProgressState.PAST_DUE);
        assertThat(jo.cohortName()).isEqualTo("Insights c" + cohortNo);
        assertThat(jo.scenarioTitle()).isEqualTo(avoidant.title());
        assertThat(jo.since())
                .isEqualTo(due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        AtRisk idle = risk.stream()
                .filter(r -> r.scenarioId().equals(secure.id()))
                .findFirst()
                .orElseThrow();
        assertThat(idle.since())
                .as("the last activity")
                .isBetween(kimStarted.minusSeconds(1), kimStarted.plusSeconds(1));
        assertThat(risk.getFirst().since())
                .as("longest waiting first")
                .isBeforeOrEqualTo(risk.getLast().since());

        cohorts.archive(felix, c[0]);
        assertThat(of(c[0]).atRisk()).as("archived cohorts need no chasing").isEmpty();
    }

    @Test
    void leads_and_administrators_see_the_program_facilitators_their_cohorts_trainees_nothing() {
        CohortId[] mine = new CohortId[1];
        List<UserId> t = cohortWith(mine, "Max Access");
        finished(t.getFirst(), avoidant);
        UserId other = accounts.create(
                        new NewAccount("other.insights", "Olga Other", null, Role.FACILITATOR, "password-1", false))
                .id();
        CohortId theirs = cohorts.create(other, "Olga's cohort").id();
        cohorts.importTrainees(other, theirs, "name,email\nNed Other,ned.other@example.org\n", false);
        UserId ned =
                accounts.findByUsername("ned.other@example.org").orElseThrow().id();
        finished(ned, secure);

        int programWide = insights.insights(lead, InsightsFilter.ALL).kpis().completedAttempts();
        assertThat(insights.insights(admin, InsightsFilter.ALL).kpis().completedAttempts())
                .isEqualTo(programWide);
        assertThat(insights.insights(lead, InsightsFilter.ALL.withCohorts(Set.of(theirs)))
                        .kpis()
                        .completedAttempts())
                .isEqualTo(1);
        assertThat(insights.cohorts(lead)).extracting(CohortOption::id).contains(mine[0], theirs);

        Insights felixSees = insights.insights(felix, InsightsFilter.ALL);
        assertThat(felixSees.kpis().completedAttempts())
                .as("only attempts of trainees in Felix's cohorts")
                .isLessThan(programWide);
        assertThat(insights.insights(other, InsightsFilter.ALL).kpis().completedAttempts())
                .isEqualTo(1);
        assertThat(insights.cohorts(felix))
                .extracting(CohortOption::id)
                .contains(mine[0])
                .doesNotContain(theirs);
        assertThatThrownBy(() -> insights.insights(felix, InsightsFilter.ALL.withCohorts(Set.of(theirs))))
                .isInstanceOf(NotAllowed.class);

        UserId trainee = accounts.findByUsername("trainee").orElseThrow().id();
        assertThatThrownBy(() -> insights.insights(trainee, InsightsFilter.ALL)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> insights.cohorts(trainee)).isInstanceOf(NotAllowed.class);
    }
}
