package dev.shopfloor.platform.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on, rendered as problem+json with a stable machine {@code code}.
 * Modules name their own refusals by subclassing or through the factories below.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ApiException(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " " + id + " does not exist");
    }

    /** A {@code version} in the body that is no longer current: 409. */
    public static ApiException versionConflict(String what, Object id) {
        return new ApiException(
                HttpStatus.CONFLICT, "version_conflict", what + " " + id + " was changed by someone else; reload it");
    }

    /** An {@code If-Match} that is no longer current: 412. */
    public static ApiException preconditionFailed(String what, Object id) {
        return new ApiException(
                HttpStatus.PRECONDITION_FAILED, "precondition_failed", what + " " + id + " does not match If-Match");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
