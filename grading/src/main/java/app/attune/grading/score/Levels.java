package app.attune.grading.score;

import app.attune.grading.SkillLevel;

/**
 * Score bands shared by all seven skills: BEGINNING below 40, DEVELOPING from 40, COMPETENT from 60,
 * STRONG from 80. Where MITI has thresholds, "fair" (or MITI 3 "beginning proficiency") is placed at
 * 40 and "good" ("competency") at 60; STRONG is Attune's own band above the MITI standard.
 */
final class Levels {

    static final int DEVELOPING = 40;
    static final int COMPETENT = 60;
    static final int STRONG = 80;

    private Levels() {}

    static SkillLevel of(int score) {
        return SkillLevel.forScore(score);
    }
}
