package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.Location;
import dev.shopfloor.manufacturing.Manufacturer;
import dev.shopfloor.manufacturing.ManufacturerInput;
import dev.shopfloor.manufacturing.ManufacturerRemoval;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes of manufacturers; callers run it inside their transaction. */
@Component
public class ManufacturerWriter {

    private static final String NAME_KEY = "manufacturers_name_key";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final ManufacturerRepository manufacturers;
    private final Inventory inventory;
    private final TransactionTemplate savepoint;

    ManufacturerWriter(ManufacturerRepository manufacturers, Inventory inventory, PlatformTransactionManager tx) {
        this.manufacturers = manufacturers;
        this.inventory = inventory;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void create(UUID id, ManufacturerInput in) {
        requireActiveLocation(in.locationId());
        try {
            manufacturers.insert(id, in);
        } catch (DuplicateKeyException e) {
            throw duplicateOrRethrow(e);
        }
    }

    /**
     * Replaces the editable fields. The row is locked before the expected version is compared, so of two writers
     * holding the same version exactly one wins. The location is checked only when it changes: a manufacturer
     * whose location was deactivated since can still be edited.
     */
    public void update(UUID id, ManufacturerInput in, ExpectedVersion expected) {
        Manufacturer current = lockAt(id, expected);
        if (!Objects.equals(current.locationId(), in.locationId())) {
            requireActiveLocation(in.locationId());
        }
        try {
            manufacturers.update(id, in);
        } catch (DuplicateKeyException e) {
            throw duplicateOrRethrow(e);
        }
    }

    /**
     * Deletes the manufacturer when nothing refers to it, else deactivates it. The delete runs in a savepoint, so
     * any foreign key to manufacturers (production tasks, and whatever comes later) makes it a deactivation.
     */
    public ManufacturerRemoval delete(UUID id, ExpectedVersion expected) {
        lockAt(id, expected);
        try {
            savepoint.executeWithoutResult(status -> manufacturers.delete(id));
            return ManufacturerRemoval.DELETED;
        } catch (DataIntegrityViolationException e) {
            if (!(e.getMostSpecificCause() instanceof SQLException sql)
                    || !FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                throw e;
            }
            manufacturers.deactivate(id);
            return ManufacturerRemoval.DEACTIVATED;
        }
    }

    private Manufacturer lockAt(UUID id, ExpectedVersion expected) {
        Manufacturer current = manufacturers.lock(id).orElseThrow(() -> ApiException.notFound("manufacturer", id));
        Integer wanted = expected.value();
        if (wanted != null && wanted != current.version()) {
            throw expected.stale("manufacturer", id);
        }
        return current;
    }

    private void requireActiveLocation(@Nullable UUID locationId) {
        if (locationId != null
                && !inventory.location(locationId).map(Location::active).orElse(false)) {
            throw ApiException.unprocessable(
                    "unknown_location", "location " + locationId + " does not exist or is not active");
        }
    }

    private static RuntimeException duplicateOrRethrow(DuplicateKeyException e) {
        if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(NAME_KEY)) {
            return ApiException.conflict("duplicate_name", "another manufacturer already has this name (any case)");
        }
        return e;
    }
}
