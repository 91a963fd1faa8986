-- Partners: indexes behind every list filter of /api/vendors, /api/stores and /api/users.
-- Lists are keyset-paginated by id (newest first); q is a substring search served by trigram indexes.

CREATE INDEX vendors_name_trgm ON vendors USING gin (name gin_trgm_ops);
CREATE INDEX vendors_active_id ON vendors (active, id DESC);

CREATE INDEX stores_name_trgm ON stores USING gin (name gin_trgm_ops);
CREATE INDEX stores_code_trgm ON stores USING gin (code gin_trgm_ops);
CREATE INDEX stores_active_id ON stores (active, id DESC);

CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_role_id ON users (role, id DESC);
CREATE INDEX users_active_id ON users (active, id DESC);
