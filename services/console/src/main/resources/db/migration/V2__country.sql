-- The defender's country as signals.assessed carries it (ISO 3166 alpha-2); null for an unknown sender, a profile
-- without one, and every signal assessed before assessments carried it.
ALTER TABLE assessed_signal ADD COLUMN country text;
