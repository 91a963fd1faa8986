package dev.shopfloor.platform.database;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. An empty {@code url} means: start the embedded PostgreSQL in {@code dataDir}.
 *
 * @param url {@code postgres://user:pass@host:port/db} or a {@code jdbc:postgresql:} URL; its user owns the schema
 * @param appUser the role the application connects as; it does not own the tables, so row-level security applies
 * @param vendorRole the NOLOGIN role VENDOR transactions switch to ({@code SET LOCAL ROLE}); the vendor-only
 *     row-level security policies are {@code TO} this role (docs/decisions.md D4)
 * @param durable fsync and synchronous commit on (off only for throwaway test databases)
 */
@ConfigurationProperties("shopfloor.database")
public record DatabaseProperties(
        String url,
        String dataDir,
        String appUser,
        String appPassword,
        String vendorRole,
        boolean durable,
        int poolSize) {

    /** Role names go into DDL unquoted, so they are restricted to plain lower-case identifiers. */
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 16;
        }
        if (vendorRole == null || vendorRole.isBlank()) {
            vendorRole = "shopfloor_vendor";
        }
        for (String role : new String[] {appUser, vendorRole}) {
            if (role == null || !ROLE_NAME.matcher(role).matches()) {
                throw new IllegalArgumentException(
                        "shopfloor.database role names must match " + ROLE_NAME + ", got: " + role);
            }
        }
        if (appUser.equals(vendorRole)) {
            throw new IllegalArgumentException("shopfloor.database.vendor-role must differ from app-user");
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
