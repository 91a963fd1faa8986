package dev.shopfloor.platform.idempotency;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code idempotency_keys} rows. Callers run these inside the keyed request's transaction. */
@Repository
class IdempotencyKeys {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (scope, key, method, path, request_hash)
            VALUES (:scope, :key, :method, :path, :hash)
            ON CONFLICT (scope, key) DO NOTHING
            """;

    private static final String FIND = """
            SELECT method, path, request_hash, status, headers::text AS headers, body
            FROM idempotency_keys
            WHERE scope = :scope
              AND key = :key
              AND status IS NOT NULL
            """;

    private static final String COMPLETE = """
            UPDATE idempotency_keys
            SET status = :status, headers = CAST(:headers AS jsonb), body = :body
            WHERE scope = :scope
              AND key = :key
            """;

    private static final String PURGE = """
            DELETE FROM idempotency_keys
            WHERE created_at < now() - make_interval(secs => :seconds)
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyKeys(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the key, or returns false when it exists. A row another transaction inserted and has not yet
     * committed makes this wait for that transaction: concurrent duplicates take turns.
     */
    boolean claim(String scope, String key, Fingerprint request) {
        return jdbc.sql(CLAIM)
                        .param("scope", scope)
                        .param("key", key)
                        .param("method", request.method())
                        .param("path", request.path())
                        .param("hash", request.bodyHash())
                        .update()
                == 1;
    }

    Optional<Completed> find(String scope, String key) {
        return jdbc.sql(FIND)
                .param("scope", scope)
                .param("key", key)
                .query((rs, n) -> new Completed(
                        new Fingerprint(rs.getString("method"), rs.getString("path"), rs.getBytes("request_hash")),
                        new StoredResponse(
                                rs.getInt("status"),
                                json.readValue(rs.getString("headers"), HEADERS),
                                rs.getBytes("body"))))
                .optional();
    }

    void complete(String scope, String key, StoredResponse response) {
        jdbc.sql(COMPLETE)
                .param("scope", scope)
                .param("key", key)
                .param("status", response.status())
                .param("headers", json.writeValueAsString(response.headers()))
                .param("body", response.body())
                .update();
    }

    int purgeOlderThan(Duration retention) {
        return jdbc.sql(PURGE).param("seconds", retention.toSeconds()).update();
    }

    /** A key whose first request finished: what that request was and what it answered. */
    record Completed(Fingerprint request, StoredResponse response) {}
}
