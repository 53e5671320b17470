package app.attune.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.SignInResult;
import app.attune.core.account.UserId;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cohort and enrolment rules; run on H2 and on the MySQL-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CohortServiceContract {
    private AttunePlatform platform;
    private CohortService cohorts;
    private AccountService accounts;
    private UserId felix;
    private UserId other;
    private UserId trainee;
    private UserId lead;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true));
        cohorts = platform.service(CohortService.class);
        accounts = platform.service(AccountService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        trainee = accounts.findByUsername("trainee").orElseThrow().id();
        lead = accounts.findByUsername("lead").orElseThrow().id();
        other = accounts.create(new NewAccount("other-fac", "Olga Fac", null, Role.FACILITATOR, "password-1", false))
                .id();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void a_facilitator_creates_renames_and_archives_their_cohort() {
        CohortSummary c = cohorts.create(felix, "  Spring leaders  ");
        assertThat(c.name()).isEqualTo("Spring leaders");
        assertThat(cohorts.rename(felix, c.id(), "Spring leaders 2027").name()).isEqualTo("Spring leaders 2027");
        assertThat(cohorts.archive(felix, c.id()).archived()).isTrue();
        assertThat(cohorts.cohortsOf(felix)).extracting(CohortSummary::id).contains(c.id());
        assertThat(cohorts.cohortsOf(other)).extracting(CohortSummary::id).doesNotContain(c.id());
    }

    @Test
    void another_facilitator_cannot_touch_or_read_a_cohort() {
        CohortSummary c = cohorts.create(felix, "Private cohort");
        assertThatThrownBy(() -> cohorts.rename(other, c.id(), "Mine now")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> cohorts.members(other, c.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> cohorts.importTrainees(other, c.id(), "name,email\nA,a@x.org", false))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> cohorts.create(trainee, "Trainees cannot")).isInstanceOf(NotAllowed.class);
        // a program lead sees everything in the program
        assertThat(cohorts.members(lead, c.id())).isEmpty();
    }

    @Test
    void a_clean_import_creates_trainees_who_must_change_their_temporary_password() {
        CohortSummary c = cohorts.create(felix, "Import clean");
        ImportResult result = cohorts.importTrainees(
                felix, c.id(), "name,email\nAda Byrne,ada.clean@example.org\nBo Lind,bo.clean@example.org\n", false);
        assertThat(result.enrolled()).isEqualTo(2);
        assertThat(result.created()).hasSize(2);
        assertThat(cohorts.members(felix, c.id()))
                .extracting(Member::displayName, Member::mustChangePassword)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada Byrne", true),
                        org.assertj.core.groups.Tuple.tuple("Bo Lind", true));
        ImportResult.NewTrainee ada = result.created().getFirst();
        SignInResult signIn = accounts.signIn(ada.email(), ada.temporaryPassword());
        assertThat(signIn).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(((SignInResult.SignedIn) signIn).account().mustChangePassword())
                .isTrue();

        ImportResult again =
                cohorts.importTrainees(felix, c.id(), "name,email\nAda Byrne,ada.clean@example.org\n", false);
        assertThat(again.alreadyEnrolled()).isEqualTo(1);
        assertThat(again.created()).isEmpty();
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_unless_only_good_rows_are_asked_for() {
        CohortSummary c = cohorts.create(felix, "Import broken");
        String csv = "name,email\nGood One,good.one@example.org\nBroken,not-an-email\n";
        long before = accounts.count();
        assertThatThrownBy(() -> cohorts.importTrainees(felix, c.id(), csv, false))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("line 3: malformed email");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(cohorts.members(felix, c.id())).isEmpty();

        ImportResult partial = cohorts.importTrainees(felix, c.id(), csv, true);
        assertThat(partial.enrolled()).isEqualTo(1);
        assertThat(partial.skipped()).extracting(RowProblem::line).containsExactly(3);
    }

    @Test
    void a_row_naming_a_staff_account_rolls_back_the_whole_import() {
        CohortSummary c = cohorts.create(felix, "Import staff");
        accounts.create(new NewAccount(
                "staff@example.org", "Staff Member", "staff@example.org", Role.FACILITATOR, "password-1", false));
        long before = accounts.count();
        assertThatThrownBy(() -> cohorts.importTrainees(
                        felix, c.id(), "name,email\nFirst Ok,first.ok@example.org\nStaff,staff@example.org\n", false))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("not a trainee");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(cohorts.members(felix, c.id())).isEmpty();
    }

    @Test
    void the_cohort_column_enrols_into_the_named_cohort_creating_it_when_needed() {
        CohortSummary c = cohorts.create(felix, "Default target");
        cohorts.importTrainees(felix, c.id(), "name,email,cohort\nCy Park,cy.park@example.org,Autumn group\n", false);
        CohortSummary autumn = cohorts.cohortsOf(felix).stream()
                .filter(s -> s.name().equals("Autumn group"))
                .findFirst()
                .orElseThrow();
        assertThat(cohorts.members(felix, autumn.id()))
                .extracting(Member::email)
                .containsExactly("cy.park@example.org");
        assertThat(cohorts.members(felix, c.id())).isEmpty();
    }
}
