package app.attune.grading.score;

import app.attune.grading.ResistanceMoment;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import app.attune.grading.Transcript;
import app.attune.grading.TryInstead;
import app.attune.grading.TurnAnnotation;
import app.attune.grading.classify.RuleMoveClassifier;
import app.attune.grading.feedback.TryInsteadWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Attune's session scorer: the seven skills (docs/grading.md), the overall score, per-turn
 * annotations, the resistance moments and "try instead" suggestions. Pure and thread-safe.
 */
public final class RuleSessionScorer implements SessionScorer {

    private final RuleMoveClassifier cues;
    private final TryInsteadWriter tryInstead;

    private RuleSessionScorer(RuleMoveClassifier cues) {
        this.cues = cues;
        this.tryInstead = new TryInsteadWriter(cues);
    }

    public static RuleSessionScorer create() {
        return new RuleSessionScorer(RuleMoveClassifier.create());
    }

    @Override
    public SessionReport score(Transcript transcript) {
        SessionView session = new SessionView(transcript, cues);
        List<ResistanceMoment> moments = ResistanceModel.moments(session);
        Map<Skill, SkillResult> results = new EnumMap<>(Skill.class);
        results.put(Skill.EMOTIVE_INQUIRY, InquirySkills.emotive(session));
        results.put(Skill.OPEN_INQUIRY, InquirySkills.open(session));
        results.put(Skill.REFLECTIVE_LISTENING, ReflectionSkill.score(session));
        results.put(Skill.EXPLORING_RESISTANCE, ResistanceSkill.score(moments));
        results.put(Skill.RESTRAINT, RestraintSkill.score(session));
        results.put(Skill.REPAIR, RepairSkill.score(session));
        results.put(Skill.DEPTH, DepthSkill.score(session));
        Map<Skill, SkillScore> skills = new EnumMap<>(Skill.class);
        results.forEach((k, v) -> skills.put(k, v.score()));
        int overall = Overall.of(results, session.isEmpty());
        return new SessionReport(
                overall, skills, annotations(session), moments, suggestions(session), Overall.counted(results));
    }

    private static List<TurnAnnotation> annotations(SessionView session) {
        List<TurnAnnotation> out = new ArrayList<>();
        for (TurnView t : session.turns()) {
            out.add(new TurnAnnotation(
                    t.number(),
                    t.traineeText(),
                    t.move().codes(),
                    t.move().evidence(),
                    t.stance(),
                    t.signalsAfter(),
                    t.layerBefore(),
                    t.layerAfter()));
        }
        return out;
    }

    private List<TryInstead> suggestions(SessionView session) {
        List<TryInstead> out = new ArrayList<>();
        for (TurnView t : session.turns()) {
            tryInstead
                    .suggest(t.number(), t.traineeText(), t.move(), t.clientLineBefore(), t.cuesBefore())
                    .ifPresent(out::add);
        }
        return out;
    }
}
