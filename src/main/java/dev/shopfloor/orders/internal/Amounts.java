package dev.shopfloor.orders.internal;

import dev.shopfloor.platform.web.ApiException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/** Turns a money column overflowing {@code numeric(12,2)} into 422 {@code amount_too_large} instead of a 500. */
final class Amounts {

    private static final String NUMERIC_OUT_OF_RANGE = "22003";

    private Amounts() {}

    static <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql
                    && NUMERIC_OUT_OF_RANGE.equals(sql.getSQLState())) {
                throw ApiException.unprocessable(
                        "amount_too_large", "a line total or the order total would exceed 9,999,999,999.99");
            }
            throw e;
        }
    }
}
