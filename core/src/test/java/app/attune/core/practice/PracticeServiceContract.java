package app.attune.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import app.attune.grading.Skill;
import app.attune.grading.feedback.CandidateKind;
import app.attune.grading.feedback.CandidateTurn;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.persona.Conversation;
import app.attune.scenarios.persona.PersonaEngine;
import app.attune.scenarios.persona.TurnOutcome;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Practice rules; run once on H2 and once on the MySQL-protocol server (MariaDB here). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PracticeServiceContract {
    static final String AVOIDANT = "avoidant-ops-director";
    static final List<String> EXPLORING = List.of(
            "What would you like to get from our time today?",
            "How has that been for you?",
            "It sounds like that has been weighing on you more than you let on.",
            "What happens inside you when the team goes quiet?",
            "That sounds lonely. What is that like for you?",
            "Part of you wants their help, and part of you does not trust it will come.",
            "What do you notice in yourself as you tell me this?",
            "How does it feel to say that out loud?");
    static final List<String> PUSHING = List.of(
            "You should just tell them what to do.",
            "That's an excuse, you're being defensive.",
            "Why don't you delegate more and stop complaining?",
            "You need to stop overthinking it and act.",
            "Just fire the weakest one, that will send a message.");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final AtomicInteger users = new AtomicInteger();
    private DatabaseSettings settings;
    private AttunePlatform platform;
    private PracticeService practice;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        settings = database();
        platform = Platforms.start(settings, clock);
        practice = platform.service(PracticeService.class);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private UserId newTrainee() {
        int n = users.incrementAndGet();
        return platform.service(AccountService.class)
                .create(new NewAccount("trainee-" + n, "Trainee " + n, null, Role.TRAINEE, "password-" + n, false))
                .id();
    }

    @Test
    void every_bundled_scenario_is_open_for_free_practice_with_its_style_shown() {
        UserId me = newTrainee();
        PracticeHome home = practice.home(me);
        assertThat(home.assigned()).isEmpty();
        assertThat(home.unfinished()).isEmpty();
        assertThat(home.freePractice()).hasSizeGreaterThanOrEqualTo(8);
        PracticeCard ops = card(home.freePractice(), AVOIDANT);
        assertThat(ops.kind()).isEqualTo(CardKind.FREE_PRACTICE);
        assertThat(ops.style()).contains("avoidant");
        assertThat(ops.status()).isEqualTo(CardStatus.NOT_STARTED);
        assertThat(ops.bestScore()).isEmpty();
        assertThat(ops.attemptsLeft()).isEmpty();
        assertThat(ops.personaName()).isNotBlank();
    }

    @Test
    void starting_opens_with_the_persona_line_and_an_unfinished_attempt_comes_first_with_resume() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        assertThat(live.opening().text()).isNotBlank();
        assertThat(live.opening().cue()).isNotBlank();
        assertThat(live.turnCount()).isZero();
        assertThat(live.inProgress()).isTrue();
        assertThat(live.scenario().brief()).isNotBlank();
        assertThat(live.scenario().goal()).isNotBlank();

        PracticeHome home = practice.home(me);
        assertThat(home.unfinished()).singleElement().satisfies(c -> {
            assertThat(c.scenarioId()).isEqualTo(AVOIDANT);
            assertThat(c.openAttempt()).contains(live.id());
            assertThat(c.status()).isEqualTo(CardStatus.IN_PROGRESS);
        });
        // starting again (a second tab, a double click) continues the same attempt
        assertThat(practice.start(me, AVOIDANT, PracticeOptions.NONE).id()).isEqualTo(live.id());
        assertThat(practice.unfinished(me, AVOIDANT).map(LiveAttempt::id)).contains(live.id());
    }

    @Test
    void each_turn_is_stored_with_its_codes_reply_cue_signals_and_persona_state_before_the_reply_returns() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        TurnResult result = practice.takeTurn(me, live.id(), 0, "  How has that been for you?  ");
        assertThat(result.turn().number()).isEqualTo(1);
        assertThat(result.turn().traineeText()).isEqualTo("How has that been for you?");
        assertThat(result.turn().codes()).isNotEmpty();
        assertThat(result.turn().reply().text()).isNotBlank();

        TurnRow stored = platform.service(TurnRepository.class)
                .findByAttemptIdOrderByTurnNo(live.id().value())
                .getFirst();
        assertThat(stored.traineeText()).isEqualTo("How has that been for you?");
        assertThat(Codec.codes(stored.codes())).isEqualTo(result.turn().codes());
        assertThat(stored.personaText()).isEqualTo(result.turn().reply().text());
        assertThat(stored.personaCue()).isEqualTo(result.turn().reply().cue());
        assertThat(stored.personaLineId()).isNotBlank();
        AttemptRow attempt = platform.service(AttemptRepository.class)
                .findById(live.id().value())
                .orElseThrow();
        assertThat(attempt.turnCount()).isEqualTo(1);
        assertThat(Codec.lineIds(attempt.usedLineIds())).hasSize(2).endsWith(stored.personaLineId());
        assertThat(Codec.state(attempt)).isEqualTo(Codec.state(stored));

        LiveAttempt reloaded = practice.open(me, live.id());
        assertThat(reloaded.turns()).containsExactly(result.turn());
        assertThat(reloaded.opening()).isEqualTo(live.opening());
    }

    @Test
    void a_conversation_resumed_after_a_restart_continues_exactly_as_one_never_interrupted() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        List<String> script = new ArrayList<>(EXPLORING);
        script.add(2, PUSHING.get(0));
        List<TurnRecord> played = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            played.add(practice.takeTurn(me, live.id(), i, script.get(i)).turn());
        }
        // a fresh platform on the same database, as after an application restart
        try (AttunePlatform restarted = Platforms.start(settings, clock)) {
            PracticeService again = restarted.service(PracticeService.class);
            assertThat(again.unfinished(me, AVOIDANT).orElseThrow().turns()).isEqualTo(played);
            for (int i = 4; i < script.size(); i++) {
                TurnResult r = again.takeTurn(me, live.id(), i, script.get(i));
                played.add(r.turn());
                if (r.closed()) {
                    break;
                }
            }
        }
        // the same seed and script played in one go, from the stored snapshot
        AttemptRow row = platform.service(AttemptRepository.class)
                .findById(live.id().value())
                .orElseThrow();
        Scenario snapshot = platform.service(ScenarioCatalog.class).played(AVOIDANT, row.scenarioVersion());
        Conversation uninterrupted = PersonaEngine.standard().start(snapshot, row.seed());
        assertThat(uninterrupted.opening().text()).isEqualTo(live.opening().text());
        for (TurnRecord turn : played) {
            TurnOutcome o = uninterrupted.respond(turn.traineeText());
            assertThat(o.reply().text())
                    .as("reply to turn %d", turn.number())
                    .isEqualTo(turn.reply().text());
            assertThat(o.reply().cue()).isEqualTo(turn.reply().cue());
            assertThat(o.reply().signals()).isEqualTo(turn.signals());
            assertThat(o.classified().codes()).isEqualTo(turn.codes());
        }
        assertThat(Codec.state(row)).isEqualTo(uninterrupted.state());
        assertThat(Codec.lineIds(row.usedLineIds())).isEqualTo(uninterrupted.usedLineIds());
    }

    @Test
    void a_second_tab_sending_against_an_old_turn_count_is_told_and_nothing_is_stored() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        practice.takeTurn(me, live.id(), 0, EXPLORING.get(0));
        assertThatThrownBy(() -> practice.takeTurn(me, live.id(), 0, "What brings you here?"))
                .isInstanceOfSatisfying(PracticeException.AttemptMovedOn.class, e -> {
                    assertThat(e.turnCount()).isEqualTo(1);
                    assertThat(e.finished()).isFalse();
                    assertThat(e.getMessage()).contains("another tab");
                });
        assertThat(practice.open(me, live.id()).turnCount()).isEqualTo(1);
        // following the first tab, the second can go on
        assertThat(practice.takeTurn(me, live.id(), 1, EXPLORING.get(1)).turn().number())
                .isEqualTo(2);
    }

    @Test
    void two_tabs_sending_the_same_turn_at_the_same_moment_store_exactly_one() throws Exception {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                int expected = round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> tabs = new ArrayList<>();
                for (int tab = 0; tab < 2; tab++) {
                    String text = EXPLORING.get((round * 2 + tab) % EXPLORING.size());
                    tabs.add(pool.submit(() -> {
                        go.await();
                        try {
                            practice.takeTurn(me, live.id(), expected, text);
                            return true;
                        } catch (PracticeException.AttemptMovedOn e) {
                            return false;
                        }
                    }));
                }
                go.countDown();
                int stored = 0;
                for (Future<Boolean> f : tabs) {
                    stored += f.get() ? 1 : 0;
                }
                assertThat(stored).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        LiveAttempt after = practice.open(me, live.id());
        assertThat(after.turns()).extracting(TurnRecord::number).containsExactly(1, 2, 3, 4, 5);
        AttemptRow row = platform.service(AttemptRepository.class)
                .findById(live.id().value())
                .orElseThrow();
        assertThat(Codec.lineIds(row.usedLineIds())).hasSize(6);
    }

    @Test
    void empty_and_over_long_turns_are_refused_with_a_clear_message_and_nothing_is_stored() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        assertThatThrownBy(() -> practice.takeTurn(me, live.id(), 0, "   \n "))
                .isInstanceOf(PracticeException.TurnRejected.class)
                .hasMessageContaining("empty");
        String tooLong = "a".repeat(PracticeService.MAX_TURN_LENGTH + 1);
        assertThatThrownBy(() -> practice.takeTurn(me, live.id(), 0, tooLong))
                .isInstanceOf(PracticeException.TurnRejected.class)
                .hasMessageContaining("1,001")
                .hasMessageContaining("1,000");
        // the limit counts characters, not bytes or UTF-16 units
        String emojis = "😊".repeat(PracticeService.MAX_TURN_LENGTH);
        assertThat(PracticeService.problemWith(emojis)).isEmpty();
        assertThat(practice.open(me, live.id()).turnCount()).isZero();
    }

    @Test
    void text_in_any_script_and_emoji_is_stored_and_read_back_exactly() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        String text = "Wie fühlt sich das an? 😟 Ça a l'air lourd. これはつらいですね。";
        practice.takeTurn(me, live.id(), 0, text);
        assertThat(practice.open(me, live.id()).turns().getFirst().traineeText())
                .isEqualTo(text);
        assertThat(practice.export(me, ExportFormat.JSON)).contains(text);
    }

    @Test
    void ending_grades_all_seven_skills_and_the_report_annotates_every_turn() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        List<String> script =
                List.of(EXPLORING.get(0), PUSHING.get(0), EXPLORING.get(1), EXPLORING.get(2), EXPLORING.get(3));
        for (int i = 0; i < script.size(); i++) {
            practice.takeTurn(me, live.id(), i, script.get(i));
        }
        assertThatThrownBy(() -> practice.report(me, live.id())).isInstanceOf(PracticeException.NotFinished.class);
        clock.advance(Duration.ofMinutes(5));
        practice.end(me, live.id());
        practice.end(me, live.id()); // ending twice (two tabs) changes nothing

        FeedbackReport report = practice.report(me, live.id());
        assertThat(report.endedBy()).contains(EndedBy.TRAINEE);
        assertThat(report.skills()).extracting(s -> s.skill()).containsExactly(Skill.values());
        assertThat(report.skills()).allSatisfy(s -> {
            assertThat(s.score()).isBetween(0, 100);
            assertThat(s.explanation()).isNotBlank();
        });
        assertThat(report.turns()).hasSize(5);
        assertThat(report.turns()).extracting(AnnotatedTurn::traineeText).containsExactlyElementsOf(script);
        assertThat(report.turns()).allSatisfy(t -> assertThat(t.codes()).isNotEmpty());
        assertThat(report.turns().get(1).stance()).isEqualTo(app.attune.grading.MoveStance.PUSH);
        assertThat(report.completedAt()).isAfter(report.startedAt());
        assertThat(report.opening()).isEqualTo(live.opening());

        assertThatThrownBy(() -> practice.takeTurn(me, live.id(), 5, "One more thing?"))
                .isInstanceOfSatisfying(PracticeException.AttemptMovedOn.class, e -> assertThat(e.finished())
                        .isTrue());
        PracticeCard card = card(practice.home(me).freePractice(), AVOIDANT);
        assertThat(card.status()).isEqualTo(CardStatus.COMPLETED);
        assertThat(card.bestScore()).hasValue(report.overall());
        assertThat(card.attemptsUsed()).isEqualTo(1);
        assertThat(card.openAttempt()).isEmpty();
    }

    @Test
    void ending_before_the_first_turn_is_refused() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        assertThatThrownBy(() -> practice.end(me, live.id())).isInstanceOf(PracticeException.NothingToGrade.class);
        assertThat(practice.open(me, live.id()).inProgress()).isTrue();
    }

    @Test
    void when_the_persona_closes_the_conversation_the_attempt_is_graded_at_once() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        TurnResult last = null;
        for (int i = 0; i < 12 && (last == null || !last.closed()); i++) {
            last = practice.takeTurn(me, live.id(), i, PUSHING.get(i % PUSHING.size()));
        }
        assertThat(last.closed()).isTrue();
        assertThat(last.endedBy()).contains(EndedBy.PERSONA_CURT);
        assertThat(last.guidance()).isEqualTo(TurnGuidance.NONE);
        FeedbackReport report = practice.report(me, live.id());
        assertThat(report.endedBy()).contains(EndedBy.PERSONA_CURT);
        assertThat(report.skills()).hasSize(7);
        assertThat(report.resistanceMoments()).isNotEmpty();
        assertThat(report.turns()).anySatisfy(t -> assertThat(t.tryInstead()).isPresent());
        assertThat(practice.unfinished(me, AVOIDANT)).isEmpty();
    }

    @Test
    void someone_elses_attempt_is_answered_like_one_that_does_not_exist() {
        UserId owner = newTrainee();
        UserId other = newTrainee();
        LiveAttempt live = practice.start(owner, AVOIDANT, PracticeOptions.NONE);
        practice.takeTurn(owner, live.id(), 0, EXPLORING.get(0));
        AttemptId id = live.id();
        AttemptId missing = new AttemptId(id.value() + 100_000);

        List<Runnable> calls = List.of(
                () -> practice.open(other, id),
                () -> practice.takeTurn(other, id, 1, "What is it like?"),
                () -> practice.end(other, id),
                () -> practice.report(other, id),
                () -> practice.changeOptions(other, id, new PracticeOptions(true, true)),
                () -> practice.delete(other, id));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(PracticeException.AttemptNotFound.class)
                    .hasMessage(new PracticeException.AttemptNotFound(id).getMessage());
        }
        assertThatThrownBy(() -> practice.open(other, missing)).isInstanceOf(PracticeException.AttemptNotFound.class);
        assertThat(practice.attempts(other, AttemptFilter.ALL)).isEmpty();
        assertThat(practice.progress(other)).isEmpty();
        assertThat(practice.home(other).unfinished()).isEmpty();
        assertThat(practice.export(other, ExportFormat.JSON)).doesNotContain(EXPLORING.get(0));
        // and the owner's attempt is untouched
        assertThat(practice.open(owner, id).turnCount()).isEqualTo(1);
    }

    @Test
    void free_practice_lets_the_trainee_switch_on_hints_and_guided_mode() {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        assertThat(live.optionsEditable()).isTrue();
        assertThat(live.guidance()).isEqualTo(TurnGuidance.NONE);

        TurnGuidance both = practice.changeOptions(me, live.id(), new PracticeOptions(true, true));
        assertThat(both.hint()).isPresent();
        assertThat(both.candidates())
                .extracting(CandidateTurn::kind)
                .containsExactlyInAnyOrder(CandidateKind.EXPLORING, CandidateKind.CLOSED, CandidateKind.PUSHING);

        TurnResult r = practice.takeTurn(me, live.id(), 0, EXPLORING.get(0));
        assertThat(r.guidance().hint()).isPresent();
        assertThat(r.guidance().candidates()).hasSize(3);
        LiveAttempt reloaded = practice.open(me, live.id());
        assertThat(reloaded.options()).isEqualTo(new PracticeOptions(true, true));
        assertThat(reloaded.guidance()).isEqualTo(r.guidance());

        TurnGuidance hintsOnly = practice.changeOptions(me, live.id(), new PracticeOptions(true, false));
        assertThat(hintsOnly.hint()).isPresent();
        assertThat(hintsOnly.candidates()).isEmpty();
        assertThat(practice.start(me, "secure-startup-cto", new PracticeOptions(false, true))
                        .guidance()
                        .candidates())
                .hasSize(3);
    }

    @Test
    void progress_lists_completed_attempts_oldest_first_and_attempts_filter_by_scenario_status_and_date() {
        UserId me = newTrainee();
        Instant day1 = clock.instant();
        AttemptId first = playAndEnd(me, AVOIDANT, 3);
        clock.advance(Duration.ofDays(2));
        Instant day3 = clock.instant();
        AttemptId second = playAndEnd(me, "secure-startup-cto", 4);
        clock.advance(Duration.ofDays(1));
        LiveAttempt open = practice.start(me, AVOIDANT, PracticeOptions.NONE);

        List<ProgressPoint> progress = practice.progress(me);
        assertThat(progress).extracting(ProgressPoint::id).containsExactly(first, second);
        assertThat(progress).allSatisfy(p -> assertThat(p.scores()).containsOnlyKeys(Skill.values()));

        assertThat(practice.attempts(me, AttemptFilter.ALL))
                .extracting(AttemptSummary::id)
                .containsExactly(open.id(), second, first);
        assertThat(practice.attempts(
                        me,
                        new AttemptFilter(Optional.of(AVOIDANT), Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting(AttemptSummary::id)
                .containsExactly(open.id(), first);
        assertThat(practice.attempts(
                        me,
                        new AttemptFilter(
                                Optional.empty(),
                                Optional.of(AttemptStatus.COMPLETED),
                                Optional.empty(),
                                Optional.empty())))
                .extracting(AttemptSummary::id)
                .containsExactly(second, first);
        assertThat(practice.attempts(
                        me,
                        new AttemptFilter(Optional.empty(), Optional.empty(), Optional.of(day1), Optional.of(day3))))
                .extracting(AttemptSummary::id)
                .containsExactly(first);
        AttemptSummary summary = practice.attempts(me, AttemptFilter.ALL).get(1);
        assertThat(summary.scenarioTitle()).isNotBlank();
        assertThat(summary.turns()).isEqualTo(4);
        assertThat(summary.overall()).isPresent();
    }

    @Test
    void a_trainee_exports_their_attempts_as_json_or_csv_and_deletes_them() {
        UserId me = newTrainee();
        AttemptId done = playAndEnd(me, AVOIDANT, 3);
        String json = practice.export(me, ExportFormat.JSON);
        assertThat(json)
                .contains("\"attempts\"")
                .contains(EXPLORING.get(0))
                .contains("\"codes\"")
                .contains("\"emotive-inquiry\"");
        String csv = practice.export(me, ExportFormat.CSV);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("attempt_id,scenario_id").contains("emotive-inquiry", "depth");
        assertThat(lines[1]).startsWith(done.value() + "," + AVOIDANT + ",");
        assertThat(AttemptExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(AttemptExport.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");

        practice.delete(me, done);
        assertThatThrownBy(() -> practice.open(me, done)).isInstanceOf(PracticeException.AttemptNotFound.class);
        assertThat(practice.attempts(me, AttemptFilter.ALL)).isEmpty();
        assertThat(platform.service(TurnRepository.class).findByAttemptIdOrderByTurnNo(done.value()))
                .isEmpty();
        assertThat(platform.service(SkillScoreRepository.class).findByAttemptId(done.value()))
                .isEmpty();
    }

    @Test
    void an_attempt_keeps_the_scenario_text_it_was_played_with() throws Exception {
        // the stored snapshot of this version differs from the file (as if the file was edited
        // afterwards without a version bump): attempts keep playing and reporting the stored text
        String id = "anxious-team-lead";
        Scenario current = platform.service(ScenarioCatalog.class).current(id).orElseThrow();
        String text;
        try (var in = getClass().getClassLoader().getResourceAsStream("scenarios/" + id + ".yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String edited = text.replaceFirst("(?m)^title: .*$", "title: The team lead as first played");
        platform.service(SnapshotRepository.class)
                .save(new SnapshotRow(
                        null,
                        id,
                        current.version(),
                        "The team lead as first played",
                        edited,
                        ScenarioCatalog.sha256(edited),
                        clock.instant()));
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, id, PracticeOptions.NONE);
        assertThat(live.scenario().title()).isEqualTo("The team lead as first played");
        assertThat(card(practice.home(me).freePractice(), id).title()).isEqualTo(current.title());
        practice.takeTurn(me, live.id(), 0, EXPLORING.get(1));
        practice.end(me, live.id());
        assertThat(practice.report(me, live.id()).scenario().title()).isEqualTo("The team lead as first played");
        assertThat(practice.attempts(me, AttemptFilter.ALL).getFirst().scenarioTitle())
                .isEqualTo("The team lead as first played");
    }

    @Test
    void an_unknown_scenario_is_named_in_the_message() {
        UserId me = newTrainee();
        assertThatThrownBy(() -> practice.start(me, "no-such-scenario", PracticeOptions.NONE))
                .isInstanceOf(PracticeException.ScenarioNotFound.class)
                .hasMessageContaining("no-such-scenario");
    }

    @Test
    void a_database_that_does_not_answer_gives_a_clear_message_and_stores_nothing_half_way() throws Exception {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        try (AttunePlatform broken = Platforms.start(settings, clock)) {
            PracticeService service = broken.service(PracticeService.class);
            service.open(me, live.id()); // works while the database answers
            DataSource ds =
                    DelegatingDataSource.unwrapDataSource(broken.context().getBean(DataSource.class));
            ((HikariDataSource) ds).close();
            assertThatThrownBy(() -> service.takeTurn(me, live.id(), 0, EXPLORING.get(0)))
                    .isInstanceOf(PracticeException.Unavailable.class)
                    .hasMessageContaining("cannot reach its database")
                    .hasMessageContaining("Your text is still here");
            assertThatThrownBy(() -> service.home(me)).isInstanceOf(PracticeException.Unavailable.class);
        }
        assertThat(practice.open(me, live.id()).turnCount()).isZero();
    }

    @Test
    void a_turn_cannot_half_happen_when_its_insert_fails() throws Exception {
        UserId me = newTrainee();
        LiveAttempt live = practice.start(me, AVOIDANT, PracticeOptions.NONE);
        // a turn row already sitting at number 1 (as if a stale writer got there): the insert fails,
        // so the attempt's update in the same transaction is rolled back too
        DataSource ds = DelegatingDataSource.unwrapDataSource(platform.context().getBean(DataSource.class));
        try (Connection c = ds.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO turns (attempt_id, turn_no, trainee_text,"
                        + " codes, evidence, move, persona_text, persona_cue, persona_line_id, signals,"
                        + " disclosed_layer, safety, activation, layer, progress, strain, healing, resistance,"
                        + " rupture, closing) VALUES (?, 1, 'x', 'OTHER', '', 'neutral', 'y', '', 'opening#1',"
                        + " '', 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, 'OPEN')")) {
            p.setLong(1, live.id().value());
            p.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        assertThatThrownBy(() -> practice.takeTurn(me, live.id(), 0, EXPLORING.get(0)))
                .isInstanceOf(PracticeException.AttemptMovedOn.class);
        AttemptRow row = platform.service(AttemptRepository.class)
                .findById(live.id().value())
                .orElseThrow();
        assertThat(row.turnCount()).isZero();
        assertThat(Codec.lineIds(row.usedLineIds())).hasSize(1);
    }

    private AttemptId playAndEnd(UserId me, String scenario, int turns) {
        LiveAttempt live = practice.start(me, scenario, PracticeOptions.NONE);
        for (int i = 0; i < turns; i++) {
            practice.takeTurn(me, live.id(), i, EXPLORING.get(i % EXPLORING.size()));
        }
        clock.advance(Duration.ofMinutes(10));
        return practice.end(me, live.id());
    }

    private static PracticeCard card(List<PracticeCard> cards, String scenarioId) {
        return cards.stream()
                .filter(c -> c.scenarioId().equals(scenarioId))
                .findFirst()
                .orElseThrow();
    }
}
