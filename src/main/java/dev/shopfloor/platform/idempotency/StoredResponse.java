package dev.shopfloor.platform.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The part of a first answer that a replay repeats: status, the headers that describe the result, and the body. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE);

    StoredResponse {
        headers = Map.copyOf(headers);
    }

    static StoredResponse of(ContentCachingResponseWrapper response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
