package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Location;
import dev.shopfloor.inventory.LocationInput;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warehouses and store stock rooms. A location that has stock is deactivated, never deleted. */
@Service
public class LocationService {

    private final LocationRepository locations;

    LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    /** 409 {@code duplicate} when the code is taken in any case; 422 {@code unknown_store} for a missing store. */
    @Transactional
    public Location create(LocationInput in) {
        UUID id = Ids.newId();
        try {
            locations.insert(id, in);
        } catch (DataIntegrityViolationException e) {
            throw unknownStore(e);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public Optional<Location> find(UUID id) {
        return locations.find(id);
    }

    @Transactional(readOnly = true)
    public Location get(UUID id) {
        return locations.find(id).orElseThrow(() -> ApiException.notFound("location", id));
    }

    @Transactional
    public Location update(UUID id, LocationInput in, ExpectedVersion expected) {
        boolean updated;
        try {
            updated = locations.update(id, in, expected.value());
        } catch (DataIntegrityViolationException e) {
            throw unknownStore(e);
        }
        if (!updated) {
            throw locations.exists(id) ? expected.stale("location", id) : ApiException.notFound("location", id);
        }
        return get(id);
    }

    /** 409 {@code has_dependents} while stock levels or purchase orders refer to it: deactivate it instead. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        boolean deleted;
        try {
            deleted = locations.delete(id, expected.value());
        } catch (DataIntegrityViolationException e) {
            if (!"23503".equals(sqlState(e))) {
                throw e;
            }
            throw ApiException.conflict(
                    "has_dependents",
                    "location " + id + " has stock levels or purchase orders; deactivate it instead"
                            + " (PUT with \"active\": false)");
        }
        if (!deleted) {
            throw locations.exists(id) ? expected.stale("location", id) : ApiException.notFound("location", id);
        }
    }

    @Transactional(readOnly = true)
    public Page<Location> list(
            @Nullable UUID storeId, @Nullable Boolean active, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(locations.list(storeId, active, Cursor.after(cursor), size + 1), size, l -> Cursor.of(l.id()));
    }

    /** The only foreign key a location has is its store. */
    private static RuntimeException unknownStore(DataIntegrityViolationException e) {
        if ("23503".equals(sqlState(e))) {
            return ApiException.unprocessable("unknown_store", "the storeId names no store");
        }
        return e;
    }

    private static @Nullable String sqlState(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
