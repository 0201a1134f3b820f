-- For "someone is on it", the ids of the people who acknowledged, in order: the message names them.
ALTER TABLE notification_delivery ADD COLUMN on_it TEXT[] NOT NULL DEFAULT '{}';
