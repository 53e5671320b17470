-- Program insights read only the skill scores that counted (V13). This index covers the per-skill
-- aggregates with that condition, so they still read the index alone, never the table rows.
CREATE INDEX ix_skill_scores_counted ON skill_scores (attempt_id, counted, skill, score);
