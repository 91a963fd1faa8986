package dev.shopfloor.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for integration tests: JSON in, {@link Response} out, optionally signed in. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUrl;
    private final @Nullable String token;

    public Api(int port, @Nullable String token) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.token = token;
    }

    public Api signedIn(String email, String password) {
        Response login = post("/api/auth/login", Map.of("email", email, "password", password));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed for " + email + ": " + login.body());
        }
        return new Api(port(), login.json().get("accessToken").asString());
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, @Nullable Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Response put(String path, @Nullable Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Response patch(String path, @Nullable Object body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /**
     * Sends a request. A String body is sent as is (for malformed JSON or CSV); anything else as JSON.
     * Headers come in name/value pairs; a Content-Type among them replaces application/json.
     */
    public Response send(String method, String path, @Nullable Object body, String... headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "application/json, application/problem+json");
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        HttpRequest.BodyPublisher publisher = switch (body) {
            case null -> HttpRequest.BodyPublishers.noBody();
            case String s -> HttpRequest.BodyPublishers.ofString(s);
            case byte[] bytes -> HttpRequest.BodyPublishers.ofByteArray(bytes);
            default -> HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, publisher);
        all.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public int port() {
        return URI.create(baseUrl).getPort();
    }

    public @Nullable String token() {
        return token;
    }
}
