package dev.shopfloor.partners.internal;

import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A 400 {@code validation_failed} for one field, shaped like the bean-validation errors. */
public final class InvalidInput {

    private InvalidInput() {}

    public static ApiException field(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "validation_failed",
                "the request has invalid fields",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
