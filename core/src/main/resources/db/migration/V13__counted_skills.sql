-- Whether a skill counted towards the attempt's overall score (the session gave an opportunity for
-- it). A facilitator's override recomputes the overall from these, the way the scorer does.
ALTER TABLE skill_scores ADD COLUMN counted BOOLEAN NOT NULL DEFAULT TRUE;
