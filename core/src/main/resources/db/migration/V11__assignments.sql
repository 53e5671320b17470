-- Scenarios a facilitator assigns to a cohort, or to chosen trainees of it.
CREATE TABLE assignments (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id BIGINT NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    assigned_by BIGINT NOT NULL,
    due_on DATE NULL,
    difficulty_note VARCHAR(500) NULL,
    pass_threshold INT NOT NULL,
    attempt_limit INT NULL,
    hints BOOLEAN NOT NULL DEFAULT FALSE,
    guided BOOLEAN NOT NULL DEFAULT FALSE,
    reveal_style BOOLEAN NOT NULL DEFAULT FALSE,
    -- TRUE: only the trainees listed in assignment_trainees; FALSE: everyone in the cohort
    chosen_only BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_assignments_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
    CONSTRAINT fk_assignments_by FOREIGN KEY (assigned_by) REFERENCES users (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_assignments_cohort ON assignments (cohort_id, due_on);
CREATE INDEX ix_assignments_scenario ON assignments (scenario_id);

CREATE TABLE assignment_trainees (
    assignment_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, user_id),
    CONSTRAINT fk_assignment_trainees_assignment FOREIGN KEY (assignment_id) REFERENCES assignments (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assignment_trainees_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE INDEX ix_assignment_trainees_user ON assignment_trainees (user_id);
