package app.attune.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.testing.Platforms;
import app.attune.grading.Skill;
import app.attune.scenarios.library.ScenarioLibrary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Review rules on H2 and on the MySQL-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewServiceContract {
    private AttunePlatform platform;
    private ReviewService reviews;
    private PracticeService practice;
    private UserId felix;
    private UserId otherFacilitator;
    private UserId lead;
    private UserId admin;
    private UserId wen;
    private UserId outsider;
    private String scenario;
    private CohortId cohort;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true));
        reviews = platform.service(ReviewService.class);
        practice = platform.service(PracticeService.class);
        AccountService accounts = platform.service(AccountService.class);
        CohortService cohorts = platform.service(CohortService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        lead = accounts.findByUsername("lead").orElseThrow().id();
        admin = accounts.findByUsername("admin").orElseThrow().id();
        otherFacilitator = accounts.create(
                        new NewAccount("other-reviewer", "Other Reviewer", null, Role.FACILITATOR, "password-1", false))
                .id();
        cohort = cohorts.create(felix, "Reviewed cohort").id();
        cohorts.importTrainees(felix, cohort, "name,email\nWen Li,wen.review@example.org\n", false);
        wen = accounts.findByUsername("wen.review@example.org").orElseThrow().id();
        outsider = accounts.findByUsername("trainee").orElseThrow().id();
        scenario =
                platform.service(ScenarioLibrary.class).scenarios().getFirst().id();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private AttemptId finishedAttempt() {
        LiveAttempt live = practice.start(wen, scenario, PracticeOptions.NONE);
        practice.takeTurn(wen, live.id(), 0, "What brings you here today?");
        practice.takeTurn(wen, live.id(), 1, "How did that feel for you?");
        return practice.end(wen, live.id());
    }

    private int depth(AttemptId attempt) {
        return practice.report(wen, attempt).skills().stream()
                .filter(s -> s.skill() == Skill.DEPTH)
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void the_facilitator_comments_on_a_turn_and_the_trainee_reads_it() {
        AttemptId attempt = finishedAttempt();
        TurnComment c = reviews.comment(felix, attempt, 2, "  Lovely emotive question here.  ");
        assertThat(c.body()).isEqualTo("Lovely emotive question here.");
        assertThat(c.author()).isEqualTo("Felix Moreau");
        assertThat(reviews.comments(wen, attempt)).extracting(TurnComment::turn).containsExactly(2);
        assertThat(reviews.comments(lead, attempt)).hasSize(1);
        assertThat(reviews.traineeName(felix, attempt)).isEqualTo("Wen Li");
        assertThatThrownBy(() -> reviews.traineeName(otherFacilitator, attempt)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.comment(felix, attempt, 9, "No such turn"))
                .hasMessageContaining("no turn 9");
        assertThatThrownBy(() -> reviews.comment(felix, attempt, 1, "   ")).hasMessageContaining("Write a comment");
    }

    @Test
    void an_override_needs_a_reason_changes_the_score_that_counts_and_is_audited() {
        AttemptId attempt = finishedAttempt();
        int before = depth(attempt);
        assertThatThrownBy(() -> reviews.override(felix, attempt, Skill.DEPTH, 90, " "))
                .hasMessageContaining("needs a reason");
        ScoreOverride o =
                reviews.override(felix, attempt, Skill.DEPTH, 90, "The client opened up more than the layer shows.");
        assertThat(o.oldScore()).isEqualTo(before);
        assertThat(o.newScore()).isEqualTo(90);
        assertThat(depth(attempt)).isEqualTo(90);
        reviews.override(felix, attempt, Skill.DEPTH, 70, "On reflection, somewhat less.");
        assertThat(reviews.overrides(wen, attempt))
                .extracting(ScoreOverride::oldScore, ScoreOverride::newScore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(before, 90), org.assertj.core.groups.Tuple.tuple(90, 70));
    }

    @Test
    void an_override_recomputes_the_overall_score_the_way_the_scorer_weighs_skills() {
        AttemptId attempt = finishedAttempt();
        int graded = practice.report(wen, attempt).overall();
        reviews.override(felix, attempt, Skill.DEPTH, 0, "Stayed on the surface throughout.");
        int low = practice.report(wen, attempt).overall();
        reviews.override(felix, attempt, Skill.DEPTH, 100, "Reached the core worry by the end.");
        int high = practice.report(wen, attempt).overall();
        assertThat(low).isLessThan(high);
        assertThat(graded).isBetween(low, high);
        // a skill the session gave no opportunity for counts once the facilitator scores it
        reviews.override(felix, attempt, Skill.REPAIR, 0, "Missed the moment the client pulled back.");
        assertThat(practice.report(wen, attempt).overall()).isLessThan(high);
    }

    @Test
    void the_review_list_shows_the_cohorts_attempts_newest_first_with_their_review_counts() {
        AttemptId older = finishedAttempt();
        AttemptId newer = finishedAttempt();
        reviews.comment(felix, older, 1, "A warm opening.");
        reviews.override(felix, older, Skill.DEPTH, 60, "Went a layer deeper than scored.");
        List<AttemptToReview> listed = reviews.attemptsIn(felix, cohort, Optional.empty());
        assertThat(listed).extracting(AttemptToReview::id).containsSubsequence(newer, older);
        AttemptToReview reviewed =
                listed.stream().filter(a -> a.id().equals(older)).findFirst().orElseThrow();
        assertThat(reviewed.traineeName()).isEqualTo("Wen Li");
        assertThat(reviewed.finished()).isTrue();
        assertThat(reviewed.turns()).isEqualTo(2);
        assertThat(reviewed.comments()).isEqualTo(1);
        assertThat(reviewed.overrides()).isEqualTo(1);
        assertThat(reviewed.reviewed()).isTrue();
        assertThat(listed.stream()
                        .filter(a -> a.id().equals(newer))
                        .findFirst()
                        .orElseThrow()
                        .reviewed())
                .isFalse();
        assertThat(reviews.attemptsIn(felix, cohort, Optional.of(wen))).hasSameSizeAs(listed);
        assertThat(reviews.attemptsIn(felix, cohort, Optional.of(outsider))).isEmpty();
        assertThat(reviews.attemptsIn(lead, cohort, Optional.empty())).hasSameSizeAs(listed);
        assertThatThrownBy(() -> reviews.attemptsIn(otherFacilitator, cohort, Optional.empty()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.attemptsIn(wen, cohort, Optional.empty()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.attemptsIn(admin, cohort, Optional.empty()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void only_the_trainees_own_facilitator_reviews_and_strangers_cannot_read() {
        AttemptId attempt = finishedAttempt();
        assertThat(reviews.canReview(felix, attempt)).isTrue();
        assertThat(reviews.canReview(otherFacilitator, attempt)).isFalse();
        assertThat(reviews.canReview(lead, attempt)).isFalse();
        assertThatThrownBy(() -> reviews.comment(otherFacilitator, attempt, 1, "Not mine"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.override(wen, attempt, Skill.DEPTH, 100, "I deserve it"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.comments(outsider, attempt)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> reviews.comments(otherFacilitator, attempt)).isInstanceOf(NotAllowed.class);
        // administrators manage people and cohorts, not coaching conversations
        assertThat(reviews.canReview(admin, attempt)).isFalse();
        assertThatThrownBy(() -> reviews.comments(admin, attempt)).isInstanceOf(NotAllowed.class);
    }
}
