package dev.shopfloor.testing;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** What came back: status, headers, raw body and the body parsed as JSON (MissingNode when it is not JSON). */
public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Api.JSON.readTree(body);
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }

    public @Nullable String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The problem+json {@code code}, or null. */
    public @Nullable String code() {
        JsonNode code = json().get("code");
        return code == null ? null : code.asString();
    }

    public String id() {
        return json().get("id").asString();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
