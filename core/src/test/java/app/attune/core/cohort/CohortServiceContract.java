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
                .hasMessageContaining("1 row needs fixing, e.g. line 3: 'not-an-email' is not an email address");
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
    void the_cohort_column_enrols_into_an_existing_cohort_of_the_facilitator() {
        CohortSummary c = cohorts.create(felix, "Default target");
        CohortSummary autumn = cohorts.create(felix, "Autumn group");
        int before = cohorts.cohortsOf(felix).size();
        cohorts.importTrainees(
                felix,
                c.id(),
                "name,email,cohort\nCy Park,cy.park@example.org, autumn GROUP \nDee Home,dee.home@example.org,\n",
                false);
        assertThat(cohorts.members(felix, autumn.id()))
                .extracting(Member::email)
                .containsExactly("cy.park@example.org");
        assertThat(cohorts.members(felix, c.id())).extracting(Member::email).containsExactly("dee.home@example.org");
        assertThat(cohorts.cohortsOf(felix)).hasSize(before);
    }

    @Test
    void a_cohort_column_naming_no_cohort_of_the_facilitator_is_a_problem_row_and_creates_nothing() {
        CohortSummary c = cohorts.create(felix, "Import into");
        CohortSummary theirs = cohorts.create(other, "Olga's group");
        CohortSummary old = cohorts.create(felix, "Old group");
        cohorts.archive(felix, old.id());
        int before = cohorts.cohortsOf(felix).size();
        String csv = "name,email,cohort\nEd Good,ed.good@example.org,\nFay Typo,fay.typo@example.org,Autum group\n"
                + "Gus Other,gus.other@example.org,Olga's group\nHal Old,hal.old@example.org,Old group\n";

        EnrolmentFile preview = cohorts.preview(felix, c.id(), csv);
        assertThat(preview.problems())
                .extracting(RowProblem::toString)
                .containsExactly(
                        "line 3: unknown cohort 'Autum group' — create it first or leave the column empty",
                        "line 4: unknown cohort 'Olga's group' — create it first or leave the column empty",
                        "line 5: cohort 'Old group' is archived — unarchive it first or leave the column empty");
        assertThat(preview.rows()).extracting(EnrolmentRow::email).containsExactly("ed.good@example.org");

        long accountsBefore = accounts.count();
        assertThatThrownBy(() -> cohorts.importTrainees(felix, c.id(), csv, false))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Nothing was imported: 3 rows need fixing, e.g. line 3: unknown cohort");
        assertThat(accounts.count()).isEqualTo(accountsBefore);
        ImportResult good = cohorts.importTrainees(felix, c.id(), csv, true);
        assertThat(good.enrolled()).isEqualTo(1);
        assertThat(good.skipped()).extracting(RowProblem::line).containsExactly(3, 4, 5);
        assertThat(cohorts.cohortsOf(felix)).as("no cohort was created").hasSize(before);
        assertThat(cohorts.members(other, theirs.id())).isEmpty();
        assertThatThrownBy(() -> cohorts.preview(other, c.id(), csv)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void enrolling_one_trainee_says_in_a_sentence_what_is_wrong_with_the_name_or_email() {
        CohortSummary c = cohorts.create(felix, "Enrol one");
        assertThatThrownBy(() -> cohorts.enrol(felix, c.id(), "Nina Patel", "nina.patel"))
                .isInstanceOf(EnrolmentRefused.class)
                .hasMessage("'nina.patel' is not an email address.")
                .extracting(e -> ((EnrolmentRefused) e).field())
                .isEqualTo(EnrolmentRefused.Field.EMAIL);
        assertThatThrownBy(() -> cohorts.enrol(felix, c.id(), "  ", "nina@example.org"))
                .isInstanceOf(EnrolmentRefused.class)
                .hasMessage("Enter the trainee's name.")
                .extracting(e -> ((EnrolmentRefused) e).field())
                .isEqualTo(EnrolmentRefused.Field.NAME);
        assertThatThrownBy(() -> cohorts.enrol(felix, c.id(), "Nina Patel", ""))
                .hasMessage("Enter the trainee's email address: it becomes their user name.");
        assertThatThrownBy(() -> cohorts.enrol(other, c.id(), "Nina Patel", "nina.patel"))
                .as("authorisation comes before checking what was typed")
                .isInstanceOf(NotAllowed.class);
        ImportResult nina = cohorts.enrol(felix, c.id(), "Nina Patel", " Nina.Patel@Example.org ");
        assertThat(nina.created()).extracting(ImportResult.NewTrainee::email).containsExactly("nina.patel@example.org");
    }

    @Test
    void an_archived_cohort_is_read_only_until_it_is_unarchived() {
        CohortSummary c = cohorts.create(felix, "Archive me");
        cohorts.enrol(felix, c.id(), "Ola Kept", "ola.kept@example.org");
        CohortSummary archived = cohorts.archive(felix, c.id());
        assertThat(archived.archived()).isTrue();
        assertThat(cohorts.cohort(felix, c.id()).archived()).isTrue();
        assertThat(cohorts.members(felix, c.id()))
                .as("still readable")
                .extracting(Member::email)
                .containsExactly("ola.kept@example.org");
        String readOnly = "This cohort is archived, so it is read-only: unarchive it to enrol trainees or change"
                + " assignments.";
        assertThatThrownBy(() -> cohorts.enrol(felix, c.id(), "Pia New", "pia.new@example.org"))
                .hasMessage(readOnly);
        assertThatThrownBy(() -> cohorts.importTrainees(felix, c.id(), "name,email\nPia,pia.new@example.org\n", true))
                .hasMessage(readOnly);
        assertThatThrownBy(() -> cohorts.rename(felix, c.id(), "Renamed")).hasMessage(readOnly);
        assertThatThrownBy(() -> cohorts.unarchive(other, c.id())).isInstanceOf(NotAllowed.class);

        assertThat(cohorts.unarchive(felix, c.id()).archived()).isFalse();
        assertThat(cohorts.enrol(felix, c.id(), "Pia New", "pia.new@example.org")
                        .enrolled())
                .isEqualTo(1);
    }

    @Test
    void one_cohort_reads_as_its_summary_for_those_who_may_see_it() {
        CohortSummary c = cohorts.create(felix, "Single");
        assertThat(cohorts.cohort(felix, c.id())).isEqualTo(c);
        assertThat(cohorts.cohort(lead, c.id()).name()).isEqualTo("Single");
        assertThatThrownBy(() -> cohorts.cohort(other, c.id())).isInstanceOf(NotAllowed.class);
    }
}
