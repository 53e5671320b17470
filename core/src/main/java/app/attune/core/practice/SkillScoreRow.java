package app.attune.core.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("skill_scores")
record SkillScoreRow(
        @Id @GeneratedValue @Nullable Long id,
        long attemptId,
        String skill,
        int score,
        String level,
        String explanation,
        String evidenceTurns,
        boolean counted) {}
