-- Partners: the database's second wall behind the services. A VENDOR user's transactions see only their
-- own vendor and the accounts of that vendor; every other role (and system jobs) sees all rows.
-- The table owner (migrations) is not subject to these policies; foreign-key checks bypass them.

ALTER TABLE vendors ENABLE ROW LEVEL SECURITY;
CREATE POLICY vendors_vendor_isolation ON vendors
    USING (current_setting('app.role', true) IS DISTINCT FROM 'VENDOR'
           OR id = nullif(current_setting('app.vendor_id', true), '')::uuid)
    WITH CHECK (current_setting('app.role', true) IS DISTINCT FROM 'VENDOR'
           OR id = nullif(current_setting('app.vendor_id', true), '')::uuid);

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_vendor_isolation ON users
    USING (current_setting('app.role', true) IS DISTINCT FROM 'VENDOR'
           OR vendor_id = nullif(current_setting('app.vendor_id', true), '')::uuid)
    WITH CHECK (current_setting('app.role', true) IS DISTINCT FROM 'VENDOR'
           OR vendor_id = nullif(current_setting('app.vendor_id', true), '')::uuid);
