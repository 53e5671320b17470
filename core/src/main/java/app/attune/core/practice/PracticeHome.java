package app.attune.core.practice;

import java.util.List;

/**
 * A trainee's practice page: unfinished attempts first (to resume), then assigned scenarios, then
 * the scenarios open for free practice. A scenario with an unfinished attempt also stays in its own
 * section, with "Resume".
 */
public record PracticeHome(
        List<PracticeCard> unfinished, List<PracticeCard> assigned, List<PracticeCard> freePractice) {
    public PracticeHome {
        unfinished = List.copyOf(unfinished);
        assigned = List.copyOf(assigned);
        freePractice = List.copyOf(freePractice);
    }
}
