package dev.shopfloor.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL: a real server from a Maven artifact, its data kept in a directory across
 * restarts. It listens on a free loopback port chosen at start (a pinned port could silently reach
 * another server on a busy machine).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "shopfloor";
    static final String OWNER = "shopfloor_owner";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, boolean durable) throws IOException {
        Files.createDirectories(dataDir);
        stopLeftoverServer(dataDir);
        String onOff = durable ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        return new EmbeddedDatabase(postgres);
    }

    /** Creates the schema owner, the application's roles and the database once; later starts find them. */
    ConnectionTarget prepare(String appUser, String appPassword, String vendorRole) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER + "'")) {
                s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
            }
            DatabaseRoles.ensure(s, appUser, appPassword, vendorRole);
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            }
        }
        // No user in the URL: PgJDBC lets a URL's user override the pool's, which made the app connect as the owner.
        return new ConnectionTarget("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE, OWNER, OWNER);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    /** After a hard kill the old postmaster may still hold the data directory; ask it to stop. */
    private static void stopLeftoverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        ProcessHandle.of(pid)
                .filter(p ->
                        p.info().command().map(cmd -> cmd.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping leftover PostgreSQL (pid {}) that holds {}", pid, dataDir);
                    p.destroy();
                    p.onExit()
                            .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                            .join();
                });
    }
}
