-- Cohorts run by facilitators, and who is enrolled in them.
-- (V2..V9 are kept for the practice tables, which were designed in parallel.)
CREATE TABLE cohorts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    facilitator_id BIGINT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_cohorts_facilitator FOREIGN KEY (facilitator_id) REFERENCES users (id),
    CONSTRAINT uq_cohorts_facilitator_name UNIQUE (facilitator_id, name)
);

CREATE TABLE cohort_members (
    cohort_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    enrolled_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_members_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
    CONSTRAINT fk_members_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE INDEX ix_cohort_members_user ON cohort_members (user_id);
