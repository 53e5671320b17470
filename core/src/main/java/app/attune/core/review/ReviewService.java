package app.attune.core.review;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.practice.AttemptId;
import app.attune.grading.OverallScore;
import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reviewing attempts: comments on turns and skill-score overrides with a reason. Facilitators review
 * attempts of trainees in the cohorts they run. The trainee, their facilitators and program leads can
 * read the review. Administrators manage people and cohorts, not coaching conversations: they are
 * refused like anyone else, so what a trainee practises stays between them and their coaches.
 */
@Singleton
public class ReviewService {
    static final int MAX_COMMENT = 2_000;
    static final int MAX_REASON = 1_000;

    private final ReviewRepository reviews;
    private final TurnCommentRepository comments;
    private final ScoreOverrideRepository overrides;
    private final AccountService accounts;
    private final CohortService cohorts;

    ReviewService(
            ReviewRepository reviews,
            TurnCommentRepository comments,
            ScoreOverrideRepository overrides,
            AccountService accounts,
            CohortService cohorts) {
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.comments = comments;
        this.overrides = overrides;
        this.accounts = accounts;
    }

    /** The most attempts a review list shows; the newest come first. */
    static final int MAX_LISTED = 500;

    /**
     * The attempts of a cohort's trainees (or of one of them), newest first: for the cohort's
     * facilitator and program leads; anyone else (administrators too) is refused.
     */
    @Transactional
    public List<AttemptToReview> attemptsIn(UserId viewer, CohortId cohort, Optional<UserId> trainee) {
        if (account(viewer).role() == Role.ADMIN) {
            throw new NotAllowed("Attempts are for the cohort's facilitator and program leads.");
        }
        cohorts.members(viewer, cohort);
        return reviews
                .findCohortAttempts(cohort.value(), trainee.map(UserId::value).orElse(null), MAX_LISTED)
                .stream()
                .map(r -> new AttemptToReview(
                        new AttemptId(r.id()),
                        new UserId(r.traineeId()),
                        r.traineeName(),
                        r.scenarioId(),
                        !"IN_PROGRESS".equals(r.status()),
                        r.turnCount(),
                        r.overallScore() == null ? OptionalInt.empty() : OptionalInt.of(r.overallScore()),
                        r.startedAt(),
                        Optional.ofNullable(r.completedAt()),
                        r.comments(),
                        r.overrides()))
                .toList();
    }

    @Transactional
    public TurnComment comment(UserId actor, AttemptId attempt, int turn, String body) {
        requireReviewer(actor, attempt);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write a comment first.");
        }
        if (text.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A comment can hold at most " + MAX_COMMENT + " characters.");
        }
        if (reviews.countTurn(attempt.value(), turn) == 0) {
            throw new IllegalArgumentException("This attempt has no turn " + turn + ".");
        }
        TurnCommentRow row = comments.save(new TurnCommentRow(null, attempt.value(), turn, actor.value(), text, null));
        return toComment(row);
    }

    @Transactional
    public List<TurnComment> comments(UserId viewer, AttemptId attempt) {
        requireReader(viewer, attempt);
        return comments.findByAttemptIdOrderById(attempt.value()).stream()
                .sorted(java.util.Comparator.comparingInt(TurnCommentRow::turnNo))
                .map(this::toComment)
                .toList();
    }

    /**
     * Replaces a skill score, keeping the old one, the reason and the reviewer in the audit trail, and
     * recomputes the attempt's overall score from the skills, so pass/fail and analytics follow it.
     */
    @Transactional
    public ScoreOverride override(UserId actor, AttemptId attempt, Skill skill, int newScore, String reason) {
        requireReviewer(actor, attempt);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("An override needs a reason.");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason can hold at most " + MAX_REASON + " characters.");
        }
        if (newScore < 0 || newScore > 100) {
            throw new IllegalArgumentException("A skill score is from 0 to 100.");
        }
        int old = reviews.findScore(attempt.value(), skill.id())
                .orElseThrow(() -> new IllegalArgumentException("This attempt has no scores yet: it is not finished."));
        reviews.updateScore(
                attempt.value(),
                skill.id(),
                newScore,
                SkillLevel.forScore(newScore).name());
        reviews.updateOverall(attempt.value(), recomputedOverall(attempt));
        ScoreOverrideRow row = overrides.save(
                new ScoreOverrideRow(null, attempt.value(), skill.id(), old, newScore, why, actor.value(), null));
        return toOverride(row);
    }

    private int recomputedOverall(AttemptId attempt) {
        Map<Skill, Integer> scores = new EnumMap<>(Skill.class);
        Set<Skill> counted = EnumSet.noneOf(Skill.class);
        for (StoredSkillScore s : reviews.findScores(attempt.value())) {
            Skill skill = Skill.fromId(s.skill());
            scores.put(skill, s.score());
            if (s.counted()) {
                counted.add(skill);
            }
        }
        return OverallScore.of(scores, counted);
    }

    @Transactional
    public List<ScoreOverride> overrides(UserId viewer, AttemptId attempt) {
        requireReader(viewer, attempt);
        return overrides.findByAttemptIdOrderById(attempt.value()).stream()
                .map(this::toOverride)
                .toList();
    }

    /** Whose attempt this is, for a reader of its review. */
    @Transactional
    public String traineeName(UserId viewer, AttemptId attempt) {
        requireReader(viewer, attempt);
        return name(trainee(attempt));
    }

    /** Whether the person may comment on and override this attempt (for showing the controls). */
    @Transactional
    public boolean canReview(UserId actor, AttemptId attempt) {
        try {
            requireReviewer(actor, attempt);
            return true;
        } catch (NotAllowed e) {
            return false;
        }
    }

    private void requireReviewer(UserId actor, AttemptId attempt) {
        long trainee = trainee(attempt);
        Account who = account(actor);
        boolean allowed = who.role() == Role.FACILITATOR && reviews.countFacilitated(actor.value(), trainee) > 0;
        if (!allowed) {
            throw new NotAllowed("Only the trainee's facilitator can review this attempt.");
        }
    }

    private void requireReader(UserId viewer, AttemptId attempt) {
        long trainee = trainee(attempt);
        Account who = account(viewer);
        boolean allowed = trainee == viewer.value()
                || who.role() == Role.PROGRAM_LEAD
                || (who.role() == Role.FACILITATOR && reviews.countFacilitated(viewer.value(), trainee) > 0);
        if (!allowed) {
            throw new NotAllowed("This attempt is not yours to see.");
        }
    }

    private long trainee(AttemptId attempt) {
        return reviews.findTrainee(attempt.value()).orElseThrow(() -> new NotAllowed("No such attempt."));
    }

    private Account account(UserId id) {
        return accounts.find(id).orElseThrow(() -> new NotAllowed("Unknown or inactive account."));
    }

    private TurnComment toComment(TurnCommentRow row) {
        return new TurnComment(row.id(), row.turnNo(), name(row.authorId()), row.body(), row.createdAt());
    }

    private ScoreOverride toOverride(ScoreOverrideRow row) {
        return new ScoreOverride(
                Skill.fromId(row.skill()),
                row.oldScore(),
                row.newScore(),
                row.reason(),
                name(row.authorId()),
                row.createdAt());
    }

    private String name(long userId) {
        return reviews.findName(userId).orElse("someone");
    }
}
