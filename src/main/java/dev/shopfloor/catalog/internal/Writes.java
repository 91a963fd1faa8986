package dev.shopfloor.catalog.internal;

import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DataIntegrityViolationException;

/** The optimistic-lock and dependents conventions shared by the catalog's reference data. */
final class Writes {

    private Writes() {}

    /** After a conditional write touched no row: 404 when the row does not exist, else the stale answer. */
    static ApiException missed(String what, UUID id, ExpectedVersion expected, BooleanSupplier exists) {
        return exists.getAsBoolean() ? expected.stale(what, id) : ApiException.notFound(what, id);
    }

    /** Runs a delete, turning a violated reference into 409 has_dependents with a useful detail. */
    static int deleting(String what, UUID id, java.util.function.IntSupplier delete) {
        try {
            return delete.getAsInt();
        } catch (DataIntegrityViolationException e) {
            if (ItemRules.sqlState(e).equals("23503")) {
                throw ApiException.conflict("has_dependents", what + " " + id + " is still in use");
            }
            throw e;
        }
    }
}
