-- `linli-central status` lists the events received last; without this it would read them all.
CREATE INDEX sync_event_received ON sync_event(received_at_ms);
