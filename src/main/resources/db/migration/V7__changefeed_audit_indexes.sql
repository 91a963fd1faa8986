-- Audit views: one index per filter of GET /api/audit, each ending in id so that keyset pages
-- (newest first, id DESC) are read straight from the index. entity_id is covered by change_log_entity (V1).
CREATE INDEX change_log_topic_idx ON change_log (topic, id);
CREATE INDEX change_log_actor_idx ON change_log (actor_id, id) WHERE actor_id IS NOT NULL;
CREATE INDEX change_log_at_idx ON change_log (at, id);
