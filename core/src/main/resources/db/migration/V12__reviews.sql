-- A facilitator's review of an attempt: comments on specific turns (the trainee sees them on the
-- report) and skill-score overrides with a stated reason. skill_scores keeps the score that counts
-- (analytics read it); score_overrides is the audit trail: who, when, old, new, why.
CREATE TABLE turn_comments (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id BIGINT NOT NULL,
    turn_no INT NOT NULL,
    author_id BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_turn_comments_attempt FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE,
    CONSTRAINT fk_turn_comments_author FOREIGN KEY (author_id) REFERENCES users (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_turn_comments_attempt ON turn_comments (attempt_id, turn_no);

CREATE TABLE score_overrides (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id BIGINT NOT NULL,
    skill VARCHAR(40) NOT NULL,
    old_score INT NOT NULL,
    new_score INT NOT NULL,
    reason TEXT NOT NULL,
    author_id BIGINT NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_score_overrides_attempt FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_overrides_author FOREIGN KEY (author_id) REFERENCES users (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_score_overrides_attempt ON score_overrides (attempt_id, created_at);
