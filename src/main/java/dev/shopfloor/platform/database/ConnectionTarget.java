package dev.shopfloor.platform.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A JDBC URL with the credentials of one role. */
public record ConnectionTarget(String jdbcUrl, String user, String password) {

    /** Parses {@code postgres://user:pass@host:port/db?params} or {@code jdbc:postgresql://...?user=&password=}. */
    public static ConnectionTarget parse(String databaseUrl) {
        if (databaseUrl.startsWith("jdbc:")) {
            return new ConnectionTarget(databaseUrl, "", "");
        }
        URI uri = URI.create(databaseUrl);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql:");
        }
        String[] userInfo = uri.getRawUserInfo() == null
                ? new String[0]
                : uri.getRawUserInfo().split(":", 2);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new ConnectionTarget(
                "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query,
                userInfo.length > 0 ? decode(userInfo[0]) : "",
                userInfo.length > 1 ? decode(userInfo[1]) : "");
    }

    public ConnectionTarget as(String otherUser, String otherPassword) {
        return new ConnectionTarget(jdbcUrl, otherUser, otherPassword);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
