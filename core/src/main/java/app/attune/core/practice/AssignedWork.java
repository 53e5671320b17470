package app.attune.core.practice;

import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A trainee's assignments with the attempts that answered each: what the practice page lists as
 * assigned, and which assignment a new attempt at a scenario answers. Plain data, built per call.
 *
 * <p>An assigned scenario is always played under its assignment (its aids and attempt limit), so a
 * limit cannot be stepped round through free practice. With the same scenario assigned twice (two
 * cohorts), a new attempt answers the soonest due one that still has attempts left.
 */
final class AssignedWork {
    /** One assignment and the trainee's attempts at it, newest first. */
    record Item(Assignment assignment, List<AttemptRow> attempts) {
        AssignmentTerms terms() {
            return assignment.terms();
        }

        OptionalInt attemptsLeft() {
            OptionalInt limit = terms().attemptLimit();
            return limit.isEmpty()
                    ? OptionalInt.empty()
                    : OptionalInt.of(Math.max(0, limit.getAsInt() - attempts.size()));
        }

        boolean hasRoom() {
            return attemptsLeft().isEmpty() || attemptsLeft().getAsInt() > 0;
        }

        Optional<AttemptRow> open() {
            return attempts.stream()
                    .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                    .findFirst();
        }

        OptionalInt best() {
            return attempts.stream()
                    .filter(a -> a.status() == AttemptStatus.COMPLETED && a.overallScore() != null)
                    .mapToInt(AttemptRow::overallScore)
                    .max();
        }

        /** The facilitator's board rules: passed, not passed yet, past due, in progress, not started. */
        CardStatus status(LocalDate today) {
            boolean completed = attempts.stream().anyMatch(a -> a.status() == AttemptStatus.COMPLETED);
            if (completed) {
                OptionalInt best = best();
                return best.isPresent() && best.getAsInt() >= terms().passThreshold()
                        ? CardStatus.PASSED
                        : CardStatus.NOT_PASSED;
            }
            if (terms().due().isPresent() && terms().due().get().isBefore(today)) {
                return CardStatus.PAST_DUE;
            }
            return attempts.isEmpty() ? CardStatus.NOT_STARTED : CardStatus.IN_PROGRESS;
        }
    }

    private static final Comparator<Item> SOONEST_DUE = Comparator.comparing(
                    (Item i) -> i.terms().due().orElse(LocalDate.MAX))
            .thenComparingLong(i -> i.assignment().id().value());

    private final List<Item> items;

    private AssignedWork(List<Item> items) {
        this.items = items;
    }

    static AssignedWork of(List<Assignment> assignments, List<AttemptRow> attemptsOfTrainee) {
        List<Item> items = new ArrayList<>();
        for (Assignment a : assignments) {
            List<AttemptRow> answering = attemptsOfTrainee.stream()
                    .filter(r -> r.assignmentId() != null && r.assignmentId() == a.id().value())
                    .toList();
            items.add(new Item(a, answering));
        }
        items.sort(SOONEST_DUE);
        return new AssignedWork(List.copyOf(items));
    }

    List<Item> items() {
        return items;
    }

    boolean covers(String scenarioId) {
        return items.stream().anyMatch(i -> i.assignment().scenarioId().equals(scenarioId));
    }

    /**
     * The assignment a new attempt at this scenario answers: the soonest due with attempts left, or
     * else the soonest due (whose limit then refuses the start). Empty when it is not assigned.
     */
    Optional<Item> forNewAttempt(String scenarioId) {
        List<Item> matching = items.stream()
                .filter(i -> i.assignment().scenarioId().equals(scenarioId))
                .toList();
        return matching.stream().filter(Item::hasRoom).findFirst().or(() -> matching.stream()
                .findFirst());
    }

    /** One item per assigned scenario (the one a new attempt would answer), soonest due first. */
    List<Item> perScenario() {
        Map<String, Item> chosen = new LinkedHashMap<>();
        for (Item i : items) {
            String scenario = i.assignment().scenarioId();
            // an unfinished attempt is what the trainee comes back to, whichever assignment it answers
            Optional<Item> resumable = items.stream()
                    .filter(x -> x.assignment().scenarioId().equals(scenario)
                            && x.open().isPresent())
                    .findFirst();
            chosen.putIfAbsent(
                    scenario, resumable.or(() -> forNewAttempt(scenario)).orElse(i));
        }
        return List.copyOf(chosen.values());
    }
}
