-- When each device of the panic app last sent a signal (signals.received names the device of an app's signal), so
-- that an operator sees which devices are in use before revoking one; null until it sends its first.
ALTER TABLE device ADD COLUMN last_used_at TIMESTAMPTZ;
