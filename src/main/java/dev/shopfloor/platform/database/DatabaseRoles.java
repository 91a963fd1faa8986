package dev.shopfloor.platform.database;

import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's two roles: {@code appUser} (LOGIN, what the pool connects as) and {@code vendorRole}
 * (NOLOGIN, what VENDOR transactions {@code SET LOCAL ROLE} to). The app role is a member of the vendor role
 * WITHOUT inheriting it: it may switch into it, but the vendor role's row-level security policies do not apply
 * to the app role's own queries — that is what keeps non-leakproof filters (ILIKE, array containment) on their
 * indexes for every other role. PostgreSQL 16+ says so per grant ({@code WITH INHERIT FALSE}); 15 only
 * per role ({@code NOINHERIT}, which the app role can afford: it gets its privileges by direct grants).
 */
final class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    private DatabaseRoles() {}

    /** Creates what is missing and fixes the membership; fails fast when the roles cannot be made right. */
    static void ensure(Statement s, String appUser, String appPassword, String vendorRole) throws SQLException {
        if (serverVersion(s) < 150000) {
            throw new SQLException("Shopfloor needs PostgreSQL 15 or newer (docs/decisions.md D14)");
        }
        if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + appUser + "'")) {
            s.execute("CREATE ROLE " + appUser + " LOGIN PASSWORD '" + appPassword.replace("'", "''") + "'");
            log.info("Created application role {}", appUser);
        }
        if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + vendorRole + "'")) {
            s.execute("CREATE ROLE " + vendorRole + " NOLOGIN");
            log.info("Created vendor role {}", vendorRole);
        }
        if (isMemberWithoutInheriting(s, appUser, vendorRole)) {
            return;
        }
        String advice = ("Role %1$s must be a member of %2$s without inheriting it (PostgreSQL 16+: GRANT %2$s TO"
                        + " %1$s WITH INHERIT FALSE; 15: ALTER ROLE %1$s NOINHERIT; GRANT %2$s TO %1$s)")
                .formatted(appUser, vendorRole);
        try {
            if (serverVersion(s) >= 160000) {
                s.execute("GRANT " + vendorRole + " TO " + appUser + " WITH INHERIT FALSE");
            } else {
                s.execute("ALTER ROLE " + appUser + " NOINHERIT");
                s.execute("GRANT " + vendorRole + " TO " + appUser);
            }
        } catch (SQLException e) {
            throw new SQLException(advice + "; could not do it here: " + e.getMessage(), e);
        }
        if (!isMemberWithoutInheriting(s, appUser, vendorRole)) {
            throw new SQLException(advice);
        }
        log.info("Role {} may now SET ROLE {} without inheriting it", appUser, vendorRole);
    }

    private static boolean isMemberWithoutInheriting(Statement s, String appUser, String vendorRole)
            throws SQLException {
        return exists(
                s,
                "SELECT 1 WHERE pg_has_role('%1$s', '%2$s', 'MEMBER') AND NOT pg_has_role('%1$s', '%2$s', 'USAGE')"
                        .formatted(appUser, vendorRole));
    }

    private static int serverVersion(Statement s) throws SQLException {
        try (var rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }
}
