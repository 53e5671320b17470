-- Indexes for program insights (core/insights). Both let the aggregate queries read only the index,
-- never the table rows (checked with EXPLAIN on MariaDB 10.11 with the seeded demo program:
-- 2,000 trainees, 20,000 attempts, 140,000 skill scores).
-- Skill scores of the attempts in scope: per-skill score counts, first and best per trainee.
CREATE INDEX ix_skill_scores_attempt_score ON skill_scores (attempt_id, skill, score);
-- Completed attempts of the trainees in scope, with what the figures read: scenario, completion
-- time, overall score and assignment (for its pass threshold).
CREATE INDEX ix_attempts_trainee_completed
    ON attempts (trainee_id, status, scenario_id, completed_at, overall_score, assignment_id);
