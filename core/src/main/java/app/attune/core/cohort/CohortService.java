package app.attune.core.cohort;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.TemporaryPasswords;
import app.attune.core.account.UserId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cohorts and enrolment. A facilitator manages only the cohorts they run; an administrator manages
 * all. Imports are all-or-nothing unless the facilitator asks for the good rows only. An archived
 * cohort is read-only (no renaming, enrolling or assigning) until it is unarchived.
 */
@Singleton
public class CohortService {
    private final CohortRepository cohorts;
    private final AccountService accounts;

    CohortService(CohortRepository cohorts, AccountService accounts) {
        this.cohorts = cohorts;
        this.accounts = accounts;
    }

    @Transactional
    public List<CohortSummary> cohortsOf(UserId facilitator) {
        Account who = account(facilitator);
        List<CohortRow> rows = who.role() == Role.ADMIN || who.role() == Role.PROGRAM_LEAD
                ? cohorts.listOrderByName()
                : cohorts.findByFacilitatorIdOrderByName(facilitator.value());
        return rows.stream().map(this::summary).toList();
    }

    @Transactional
    public CohortSummary create(UserId facilitator, String name) {
        Account who = account(facilitator);
        if (who.role() != Role.FACILITATOR && who.role() != Role.ADMIN) {
            throw new NotAllowed("Only facilitators and administrators create cohorts.");
        }
        String clean = validName(name);
        if (cohorts.existsByFacilitatorIdAndName(facilitator.value(), clean)) {
            throw new IllegalArgumentException("You already run a cohort called '" + clean + "'.");
        }
        return summary(cohorts.save(new CohortRow(null, clean, facilitator.value(), false, null)));
    }

    /** One cohort as a list shows it, for whoever may read it (its facilitator, a lead, an administrator). */
    @Transactional
    public CohortSummary cohort(UserId viewer, CohortId id) {
        visible(viewer, id);
        return summary(cohorts.findById(id.value()).orElseThrow(() -> new NotAllowed("No such cohort.")));
    }

    @Transactional
    public CohortSummary rename(UserId actor, CohortId id, String name) {
        CohortRow row = changeable(actor, id);
        String clean = validName(name);
        if (!clean.equals(row.name()) && cohorts.existsByFacilitatorIdAndName(row.facilitatorId(), clean)) {
            throw new IllegalArgumentException("There is already a cohort called '" + clean + "'.");
        }
        return summary(
                cohorts.update(new CohortRow(row.id(), clean, row.facilitatorId(), row.archived(), row.createdAt())));
    }

    /**
     * Archives a cohort: it leaves its trainees' practice pages and program insights' "at risk" list,
     * and becomes read-only. Its members, progress and attempts stay readable.
     */
    @Transactional
    public CohortSummary archive(UserId actor, CohortId id) {
        return archived(owned(actor, id), true);
    }

    /** Brings an archived cohort back: its assignments reach its trainees again and it can be changed. */
    @Transactional
    public CohortSummary unarchive(UserId actor, CohortId id) {
        return archived(owned(actor, id), false);
    }

    private CohortSummary archived(CohortRow row, boolean archived) {
        return summary(
                cohorts.update(new CohortRow(row.id(), row.name(), row.facilitatorId(), archived, row.createdAt())));
    }

    @Transactional
    public List<Member> members(UserId actor, CohortId id) {
        visible(actor, id);
        return cohorts.findMembers(id.value()).stream()
                .map(m -> new Member(new UserId(m.id()), m.displayName(), m.email(), m.mustChangePassword()))
                .toList();
    }

    /**
     * Whether the person runs a cohort (archived ones too: past work stays reviewable) that the
     * trainee is enrolled in. Used to let facilitators read their trainees' attempts.
     */
    @Transactional
    public boolean facilitates(UserId facilitator, UserId trainee) {
        return cohorts.countFacilitated(facilitator.value(), trainee.value()) > 0;
    }

    /**
     * Fails unless the person runs this cohort (or is an administrator) and it is not archived;
     * returns its members.
     */
    @Transactional
    public List<Member> requireManagedBy(UserId actor, CohortId id) {
        changeable(actor, id);
        return members(actor, id);
    }

    /**
     * Checks a file for this cohort without changing anything: what would be imported and what is
     * wrong, including rows whose cohort column names no cohort of this cohort's facilitator.
     */
    @Transactional
    public EnrolmentFile preview(UserId actor, CohortId into, String csv) {
        CohortRow target = owned(actor, into);
        return checked(EnrolmentCsv.parse(csv), namedCohorts(target));
    }

    /**
     * Enrols the file's trainees into the cohort. With problems in the file nothing is imported
     * unless {@code goodRowsOnly}; then the bad rows are left out and reported.
     */
    @Transactional
    public ImportResult importTrainees(UserId actor, CohortId into, String csv, boolean goodRowsOnly) {
        CohortRow target = changeable(actor, into);
        Map<String, CohortRow> named = namedCohorts(target);
        EnrolmentFile file = checked(EnrolmentCsv.parse(csv), named);
        if (!file.clean() && !goodRowsOnly) {
            throw new ImportRefused(file.problems());
        }
        int enrolled = 0;
        int already = 0;
        List<ImportResult.NewTrainee> created = new ArrayList<>();
        for (EnrolmentRow row : file.rows()) {
            Optional<Account> existing = accounts.findByUsername(row.email());
            Account trainee;
            if (existing.isPresent()) {
                trainee = existing.get();
                if (trainee.role() != Role.TRAINEE) {
                    throw new ImportRefused(List.of(new RowProblem(
                            row.line(),
                            row.email() + " belongs to a "
                                    + trainee.role().title().toLowerCase() + ", not a trainee")));
                }
            } else {
                String password = TemporaryPasswords.next();
                trainee = accounts.create(
                        new NewAccount(row.email(), row.name(), row.email(), Role.TRAINEE, password, true));
                created.add(new ImportResult.NewTrainee(row.name(), row.email(), password));
            }
            long cohortId = row.cohort().map(name -> named.get(key(name)).id()).orElse(into.value());
            if (cohorts.countMembership(cohortId, trainee.id().value()) > 0) {
                already++;
            } else {
                cohorts.addMember(cohortId, trainee.id().value());
                enrolled++;
            }
        }
        return new ImportResult(enrolled, created, already, file.problems());
    }

    /**
     * Enrols one trainee by name and email (creating the account when new).
     *
     * @throws EnrolmentRefused when the name is missing or the email is not an email address
     */
    @Transactional
    public ImportResult enrol(UserId actor, CohortId into, String name, String email) {
        changeable(actor, into);
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (cleanName.isEmpty()) {
            throw new EnrolmentRefused(EnrolmentRefused.Field.NAME, "Enter the trainee's name.");
        }
        if (cleanName.length() > EnrolmentCsv.MAX_FIELD) {
            throw new EnrolmentRefused(
                    EnrolmentRefused.Field.NAME, "A name can hold at most " + EnrolmentCsv.MAX_FIELD + " characters.");
        }
        if (cleanEmail.isEmpty()) {
            throw new EnrolmentRefused(
                    EnrolmentRefused.Field.EMAIL, "Enter the trainee's email address: it becomes their user name.");
        }
        if (!EnrolmentCsv.isEmail(cleanEmail)) {
            throw new EnrolmentRefused(EnrolmentRefused.Field.EMAIL, "'" + cleanEmail + "' is not an email address.");
        }
        String csv = "name,email\n" + quote(cleanName) + "," + quote(cleanEmail) + "\n";
        return importTrainees(actor, into, csv, false);
    }

    /** The cohorts a file's cohort column may name: those of the target cohort's facilitator, by name. */
    private Map<String, CohortRow> namedCohorts(CohortRow target) {
        Map<String, CohortRow> byName = new HashMap<>();
        for (CohortRow c : cohorts.findByFacilitatorIdOrderByName(target.facilitatorId())) {
            byName.putIfAbsent(key(c.name()), c);
        }
        return byName;
    }

    /** The file with rows naming an unknown or archived cohort moved to the problems, in line order. */
    private static EnrolmentFile checked(EnrolmentFile file, Map<String, CohortRow> named) {
        List<EnrolmentRow> good = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>(file.problems());
        for (EnrolmentRow row : file.rows()) {
            Optional<String> name = row.cohort();
            CohortRow target = name.map(n -> named.get(key(n))).orElse(null);
            if (name.isEmpty()) {
                good.add(row);
            } else if (target == null) {
                problems.add(new RowProblem(
                        row.line(), "unknown cohort '" + name.get() + "' — create it first or leave the column empty"));
            } else if (target.archived()) {
                problems.add(new RowProblem(
                        row.line(),
                        "cohort '" + target.name() + "' is archived — unarchive it first or leave the column empty"));
            } else {
                good.add(row);
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new EnrolmentFile(good, problems);
    }

    private static String key(String cohortName) {
        return cohortName.strip().toLowerCase(Locale.ROOT);
    }

    /** The cohort, when the person runs it (or is an administrator) and it is not archived. */
    private CohortRow changeable(UserId actor, CohortId id) {
        CohortRow row = owned(actor, id);
        if (row.archived()) {
            throw new IllegalStateException(
                    "This cohort is archived, so it is read-only: unarchive it to enrol trainees or change"
                            + " assignments.");
        }
        return row;
    }

    private CohortRow owned(UserId actor, CohortId id) {
        CohortRow row = cohorts.findById(id.value()).orElseThrow(() -> new NotAllowed("No such cohort."));
        Account who = account(actor);
        if (who.role() != Role.ADMIN && row.facilitatorId() != actor.value()) {
            throw new NotAllowed("This cohort is run by another facilitator.");
        }
        return row;
    }

    private void visible(UserId actor, CohortId id) {
        Account who = account(actor);
        if (who.role() != Role.PROGRAM_LEAD) {
            owned(actor, id);
        }
    }

    private Account account(UserId id) {
        return accounts.find(id).orElseThrow(() -> new NotAllowed("Unknown or inactive account."));
    }

    private CohortSummary summary(CohortRow row) {
        return new CohortSummary(
                new CohortId(row.id()),
                row.name(),
                new UserId(row.facilitatorId()),
                row.archived(),
                cohorts.countMembers(row.id()));
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new IllegalArgumentException("A cohort name needs 1 to 200 characters.");
        }
        return clean;
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}
