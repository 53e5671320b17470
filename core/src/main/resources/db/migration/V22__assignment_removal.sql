-- A facilitator can remove an assignment, and a cohort has at most one active assignment of a scenario.
-- removed_at: when it was removed (NULL: active). Removed assignments stay in the table: the attempts
-- that answered them keep their terms (aids, whether the style was revealed) and stay reviewable.
-- active_scenario: the scenario id while the assignment is active, NULL once removed; the unique key
-- allows one active assignment per cohort and scenario, whatever races (as attempts.open_scenario does).
ALTER TABLE assignments ADD COLUMN removed_at TIMESTAMP(3) NULL DEFAULT NULL;
ALTER TABLE assignments ADD COLUMN active_scenario VARCHAR(100) NULL;

-- A cohort that already has a scenario assigned twice keeps the oldest assignment (the one its trainees
-- were shown); the later copies count as removed from now on.
UPDATE assignments SET active_scenario = scenario_id
    WHERE id IN (SELECT keep_id FROM (SELECT MIN(id) AS keep_id FROM assignments
                                      GROUP BY cohort_id, scenario_id) oldest);
UPDATE assignments SET removed_at = CURRENT_TIMESTAMP(3) WHERE active_scenario IS NULL;

ALTER TABLE assignments ADD CONSTRAINT uq_assignments_active UNIQUE (cohort_id, active_scenario);
