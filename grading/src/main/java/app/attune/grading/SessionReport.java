package app.attune.grading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The session report: an overall score (0..100) and the seven skills. */
public record SessionReport(int overall, Map<Skill, SkillScore> skills) {

    public SessionReport {
        skills = Collections.unmodifiableMap(new EnumMap<>(skills));
    }
}
