package app.attune.grading.score;

import app.attune.grading.MoveCode;
import app.attune.grading.Skill;
import java.util.List;

/** Emotive inquiry and open inquiry: shares over the questions and reflections the trainee used. */
final class InquirySkills {

    private InquirySkills() {}

    /** Share of question and reflection turns that are EMOTIVE. */
    static SkillResult emotive(SessionView session) {
        List<TurnView> carriers = session.turns().stream()
                .filter(t -> t.isQuestion() || t.isReflection())
                .toList();
        List<Integer> turns = carriers.stream().map(TurnView::number).toList();
        if (carriers.isEmpty()) {
            return SkillResult.observed(
                    Skill.EMOTIVE_INQUIRY,
                    0,
                    "No questions or reflections, so no invitation to talk about feelings yet.",
                    turns);
        }
        List<Integer> emotive = carriers.stream()
                .filter(t -> t.has(MoveCode.EMOTIVE))
                .map(TurnView::number)
                .toList();
        double share = (double) emotive.size() / carriers.size();
        int score = Thresholds.EMOTIVE_SHARE.score(share);
        String explanation = emotive.isEmpty()
                ? (carriers.size() == 1
                                ? "Your one question or reflection did not touch feelings or the body;"
                                : "None of your " + carriers.size()
                                        + " questions and reflections touched feelings or the body;")
                        + " try asking what it was like for them."
                : emotive.size() + " of " + carriers.size() + " questions and reflections (" + Phrases.percent(share)
                        + ") invited feelings, best in " + Phrases.turns(emotive) + ".";
        return SkillResult.observed(Skill.EMOTIVE_INQUIRY, score, explanation, turns);
    }

    /** Open questions over all questions (MITI 3: 50% beginning proficiency, 70% competency). */
    static SkillResult open(SessionView session) {
        List<TurnView> questions =
                session.turns().stream().filter(TurnView::isQuestion).toList();
        List<Integer> turns = questions.stream().map(TurnView::number).toList();
        if (questions.isEmpty()) {
            boolean reflected = session.turns().stream().anyMatch(TurnView::isReflection);
            if (reflected) {
                return SkillResult.notObserved(
                        Skill.OPEN_INQUIRY,
                        "You asked no questions and reflected instead; open inquiry is not scored this time.");
            }
            return SkillResult.observed(
                    Skill.OPEN_INQUIRY, 0, "No questions asked, so the client had nothing open to answer.", turns);
        }
        List<Integer> open = questions.stream()
                .filter(t -> t.has(MoveCode.OPEN_QUESTION))
                .map(TurnView::number)
                .toList();
        double share = (double) open.size() / questions.size();
        int score = Thresholds.OPEN_SHARE.score(share);
        List<Integer> closed = questions.stream()
                .filter(t -> t.has(MoveCode.CLOSED_QUESTION))
                .map(TurnView::number)
                .toList();
        String explanation =
                Phrases.percent(share) + " of your " + Phrases.plural(questions.size(), "question", "questions")
                        + (questions.size() == 1 ? " was" : " were")
                        + " open (MITI: 50% fair, 70% good)"
                        + (closed.isEmpty() ? "." : "; closed ones in " + Phrases.turns(closed) + " could open up.");
        return SkillResult.observed(Skill.OPEN_INQUIRY, score, explanation, turns);
    }
}
