-- Practice: scenario snapshots, attempts, their turns and skill scores.
-- MySQL syntax; also runs on H2 in MySQL mode. Long text is TEXT/MEDIUMTEXT, tables are utf8mb4.
-- Every TIMESTAMP has an explicit default, so no MySQL setting can add ON UPDATE CURRENT_TIMESTAMP.

-- The scenario file text an attempt was played with, once per (scenario id, version): resuming and
-- reporting read this, so editing a scenario file later never rewrites history.
CREATE TABLE scenario_snapshots (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_id VARCHAR(100) NOT NULL,
    version INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    source_text MEDIUMTEXT NOT NULL,
    source_sha256 CHAR(64) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_scenario_snapshots UNIQUE (scenario_id, version)
) DEFAULT CHARSET = utf8mb4;

-- One conversation of a trainee with a scenario's persona. The persona state after the latest turn
-- and the persona lines used so far (in order) live here, so a turn is one row read plus one
-- conditional update and one insert, and a reload or restart resumes exactly.
CREATE TABLE attempts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    trainee_id BIGINT NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    scenario_version INT NOT NULL,
    -- set when the attempt answers an assignment (assignments arrive later); NULL: free practice
    assignment_id BIGINT NULL,
    seed BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    ended_by VARCHAR(20) NULL,
    hints BOOLEAN NOT NULL DEFAULT FALSE,
    guided BOOLEAN NOT NULL DEFAULT FALSE,
    turn_count INT NOT NULL DEFAULT 0,
    safety INT NOT NULL,
    activation INT NOT NULL,
    layer INT NOT NULL,
    progress INT NOT NULL,
    strain INT NOT NULL,
    healing INT NOT NULL,
    resistance BOOLEAN NOT NULL,
    rupture BOOLEAN NOT NULL,
    closing VARCHAR(10) NOT NULL,
    used_line_ids TEXT NOT NULL,
    overall_score INT NULL,
    started_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    completed_at TIMESTAMP(3) NULL,
    -- the scenario id while the attempt is in progress, NULL once it ends: the unique key below
    -- allows one unfinished attempt per trainee and scenario, even with two tabs starting at once
    open_scenario VARCHAR(100) NULL,
    CONSTRAINT uq_attempts_open UNIQUE (trainee_id, open_scenario),
    CONSTRAINT fk_attempts_trainee FOREIGN KEY (trainee_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempts_snapshot FOREIGN KEY (scenario_id, scenario_version)
        REFERENCES scenario_snapshots (scenario_id, version)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_attempts_trainee ON attempts (trainee_id, started_at);
CREATE INDEX ix_attempts_trainee_scenario ON attempts (trainee_id, scenario_id, status);
CREATE INDEX ix_attempts_scenario ON attempts (scenario_id, status, completed_at);
CREATE INDEX ix_attempts_assignment ON attempts (assignment_id);

-- Each trainee turn with its codes, the persona's reply (cue, line id, signals) and the persona
-- state after it, stored in the same transaction as the attempt's update, before the reply shows.
CREATE TABLE turns (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id BIGINT NOT NULL,
    turn_no INT NOT NULL,
    trainee_text TEXT NOT NULL,
    codes VARCHAR(300) NOT NULL,
    evidence TEXT NOT NULL,
    move VARCHAR(20) NOT NULL,
    persona_text TEXT NOT NULL,
    persona_cue VARCHAR(200) NOT NULL,
    persona_line_id VARCHAR(120) NOT NULL,
    signals VARCHAR(200) NOT NULL,
    disclosed_layer INT NOT NULL,
    safety INT NOT NULL,
    activation INT NOT NULL,
    layer INT NOT NULL,
    progress INT NOT NULL,
    strain INT NOT NULL,
    healing INT NOT NULL,
    resistance BOOLEAN NOT NULL,
    rupture BOOLEAN NOT NULL,
    closing VARCHAR(10) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_turns_attempt_turn UNIQUE (attempt_id, turn_no),
    CONSTRAINT fk_turns_attempt FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The seven skill scores of a finished attempt (what progress charts and analytics read).
CREATE TABLE skill_scores (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id BIGINT NOT NULL,
    skill VARCHAR(40) NOT NULL,
    score INT NOT NULL,
    level VARCHAR(20) NOT NULL,
    explanation TEXT NOT NULL,
    evidence_turns VARCHAR(500) NOT NULL,
    CONSTRAINT uq_skill_scores_attempt_skill UNIQUE (attempt_id, skill),
    CONSTRAINT fk_skill_scores_attempt FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_skill_scores_skill ON skill_scores (skill, score);
