package dev.shopfloor.platform.idempotency;

import static dev.shopfloor.platform.idempotency.IdempotencyIntegrationTests.customer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A keyed request that loses a deadlock runs again in a fresh transaction; expired keys are purged. */
class IdempotencyContentionIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource owner;

    @Autowired
    IdempotencyPurge purge;

    /**
     * A session of our own inserts a customer with the request's email (so the request's insert waits for it),
     * then inserts the request's key (so it waits for the request): a deadlock. PostgreSQL aborts the backend whose
     * deadlock_timeout (1 s) runs out first, which is the request's, as it started waiting first; the filter runs
     * the request again, which succeeds once our session rolls back. The client sees one 201.
     */
    @Test
    void aRequestThatLosesADeadlockRunsAgainAndSucceeds() throws Exception {
        String adminId = jdbc.sql("SELECT id::text FROM users WHERE lower(email) = lower(:email)")
                .param("email", ADMIN_EMAIL)
                .query(String.class)
                .single();
        // A starved scheduler may let our session's timer fire first, making it the victim instead: set up again.
        for (int scenario = 1; scenario <= 3; scenario++) {
            if (deadlockTheRequest(adminId)) {
                return;
            }
        }
        throw new AssertionError("the request never lost the deadlock");
    }

    /** False when our session, not the request, lost the deadlock; then nothing was shown. */
    private boolean deadlockTheRequest(String adminId) throws Exception {
        String email = unique("deadlock") + "@example.com";
        String key = unique("key");
        Api admin = admin();
        try (Connection blocker = owner.getConnection();
                Connection observer = owner.getConnection();
                ExecutorService client = Executors.newSingleThreadExecutor()) {
            blocker.setAutoCommit(false);
            run(
                    blocker,
                    "INSERT INTO customers (id, name, email) VALUES ('" + UUID.randomUUID() + "', 'blocker', '" + email
                            + "')");

            Future<Response> answer =
                    client.submit(() -> admin.post("/api/customers", customer(email), "Idempotency-Key", key));
            awaitWaitingOnALock(observer);
            try (PreparedStatement claim = blocker.prepareStatement(
                    "INSERT INTO idempotency_keys (scope, key, method, path, request_hash) VALUES (?, ?, 'POST', ?, ?)")) {
                claim.setString(1, adminId);
                claim.setString(2, key);
                claim.setString(3, "/api/customers");
                claim.setBytes(4, new byte[] {0});
                // we get the key only once the request's first transaction, which held it, was rolled back
                assertThat(claim.executeUpdate()).isEqualTo(1);
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState())) {
                    throw e;
                }
                blocker.rollback();
                answer.get(60, TimeUnit.SECONDS);
                return false;
            }
            blocker.rollback();

            Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.header("Idempotent-Replayed")).isNull();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM idempotency_keys WHERE key = :key")
                        .param("key", key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(201);
        return true;
    }

    @Test
    void purgeDeletesKeysOlderThanTheRetention() {
        String old = unique("old");
        String fresh = unique("fresh");
        insertKey(old, "now() - interval '25 hours'");
        insertKey(fresh, "now() - interval '23 hours'");

        int deleted = purge.purgeOlderThan(Duration.ofHours(24));

        assertThat(deleted).isPositive();
        assertThat(keyExists(old)).isFalse();
        assertThat(keyExists(fresh)).isTrue();
    }

    private void insertKey(String key, String createdAt) {
        jdbc.sql("INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, created_at)"
                        + " VALUES ('test', :key, 'POST', '/api/x', '\\x00'::bytea, 201, " + createdAt + ")")
                .param("key", key)
                .update();
    }

    private boolean keyExists(String key) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM idempotency_keys WHERE key = :key)")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Until some session waits for another's transaction (pg_locks is readable by every role). */
    private static void awaitWaitingOnALock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (PreparedStatement waiting = observer.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the request never waited on a lock");
    }
}
