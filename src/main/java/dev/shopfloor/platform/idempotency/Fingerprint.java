package dev.shopfloor.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** What makes two requests under one key "the same": method, path with query, and the SHA-256 of the body bytes. */
record Fingerprint(String method, String path, byte[] bodyHash) {

    static Fingerprint of(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        String path = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        return new Fingerprint(request.getMethod(), path, sha256(body));
    }

    boolean matches(Fingerprint other) {
        return method.equals(other.method) && path.equals(other.path) && Arrays.equals(bodyHash, other.bodyHash);
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint other && matches(other);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * method.hashCode() + path.hashCode()) + Arrays.hashCode(bodyHash);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
