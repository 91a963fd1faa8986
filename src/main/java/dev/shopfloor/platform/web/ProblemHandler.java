package dev.shopfloor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves as RFC 9457 problem+json with a stable {@code code}. Bad input is always a 4xx;
 * a 500 means a bug, and is logged with the request id.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(), "is not a valid " + typeName(e.getRequiredType()))));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : "";
        ProblemDetail problem = switch (state) {
            case "23505" -> Problems.of(HttpStatus.CONFLICT, "duplicate", "a record with this value already exists");
            case "23503" ->
                Problems.of(
                        HttpStatus.CONFLICT,
                        "has_dependents",
                        "other records refer to this one, or a referenced record does not exist");
            case "23514", "23502" ->
                Problems.of(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "constraint_violated",
                        "the change breaks a rule of the data: " + constraintOf(e));
            default -> null;
        };
        if (problem == null) {
            throw e;
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A multipart endpoint sent something else (415), or a multipart body that cannot be read (400). Uploads over
     * spring.servlet.multipart's limits are MaxUploadSizeExceededException, a subclass answered 413 by the base
     * class's handler, which is the closer match.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(Problems.of(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported_media_type",
                            "this endpoint takes multipart/form-data"));
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "malformed_multipart", "the multipart body cannot be read"));
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> contention(PessimisticLockingFailureException e) {
        // a keyed request (Idempotency-Key) that gets this answer is run again by IdempotencyFilter before it is sent
        log.warn("Lock contention (deadlock, serialization failure or lock timeout): 503 contention", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "contention",
                        "too many concurrent changes to the same data; retry"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "your role may not do this"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(
                                r.getMethodParameter().getParameterName() + "",
                                String.valueOf(err.getDefaultMessage()))))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.isTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(BodySizeLimitFilter.problem());
        }
        if (e.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            return invalid(List.of(new FieldError(jsonPath(bind), "has the wrong type or format")));
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "malformed_json", "the request body is not valid JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setProperty("code", Problems.codeFor(status));
        }
        problem.setType(Problems.type(String.valueOf(problem.getProperties().get("code"))));
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal_error",
                        "an unexpected error occurred; it has been logged"));
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation_failed", "the request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String constraintOf(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof org.postgresql.util.PSQLException p
                        && p.getServerErrorMessage() != null
                ? String.valueOf(p.getServerErrorMessage().getConstraint())
                : "unknown";
    }

    private static String typeName(@Nullable Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    record FieldError(String field, String message) {}

    /** Problem details with the house fields. */
    static final class Problems {
        private static final Map<Integer, String> CODES = Map.of(
                400,
                "bad_request",
                401,
                "unauthorized",
                403,
                "forbidden",
                404,
                "not_found",
                405,
                "method_not_allowed",
                406,
                "not_acceptable",
                413,
                "payload_too_large",
                415,
                "unsupported_media_type",
                429,
                "rate_limited",
                500,
                "internal_error");

        static ProblemDetail of(HttpStatusCode status, String code, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(type(code));
            problem.setProperty("code", code);
            return problem;
        }

        static String codeFor(HttpStatusCode status) {
            return CODES.getOrDefault(status.value(), "error");
        }

        static URI type(String code) {
            return URI.create("https://shopfloor.dev/problems/" + code.replace('_', '-'));
        }
    }
}
