package dev.shopfloor.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. An empty {@code url} means: start the embedded PostgreSQL in {@code dataDir}.
 *
 * @param url {@code postgres://user:pass@host:port/db} or a {@code jdbc:postgresql:} URL; its user owns the schema
 * @param appUser the role the application connects as; it does not own the tables, so row-level security applies
 * @param durable fsync and synchronous commit on (off only for throwaway test databases)
 */
@ConfigurationProperties("shopfloor.database")
public record DatabaseProperties(
        String url, String dataDir, String appUser, String appPassword, boolean durable, int poolSize) {

    public DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 16;
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
