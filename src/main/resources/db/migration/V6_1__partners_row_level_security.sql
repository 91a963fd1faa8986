-- Partners: the database's second wall behind the services. A VENDOR user's transactions (role ${vendor_role})
-- see only their own vendor and the accounts of that vendor; the application role (every other role and
-- system jobs) sees all rows with no policy condition, so the q filters keep their trigram indexes (see V1,
-- docs/decisions.md D4). The table owner (migrations) is not subject to these policies; foreign-key checks
-- bypass them.

ALTER TABLE vendors ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON vendors TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON vendors TO ${vendor_role}
    USING (id = shopfloor_vendor_id())
    WITH CHECK (id = shopfloor_vendor_id());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON users TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON users TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());
