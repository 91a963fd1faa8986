package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.ManufacturerRepository;
import dev.shopfloor.manufacturing.internal.ManufacturerSearch;
import dev.shopfloor.manufacturing.internal.ManufacturerWriter;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manufacturers: in-house lines and outside makers, with their capacity, lead time and contact. */
@Service
public class Manufacturers {

    private final ManufacturerRepository manufacturers;
    private final ManufacturerSearch search;
    private final ManufacturerWriter writer;

    Manufacturers(ManufacturerRepository manufacturers, ManufacturerSearch search, ManufacturerWriter writer) {
        this.manufacturers = manufacturers;
        this.search = search;
        this.writer = writer;
    }

    /**
     * Creates a manufacturer: 409 {@code duplicate_name} when the name is taken in any case, 422
     * {@code unknown_location} when the location does not exist or is inactive.
     */
    @Transactional
    public Manufacturer create(ManufacturerInput input) {
        UUID id = Ids.newId();
        writer.create(id, input);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Optional<Manufacturer> find(UUID id) {
        return manufacturers.find(id);
    }

    /** {@link #find}, or 404 {@code not_found}. */
    @Transactional(readOnly = true)
    public Manufacturer get(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("manufacturer", id));
    }

    /** Replaces every editable field (stale version: 412 for If-Match, 409 for the body). */
    @Transactional
    public Manufacturer update(UUID id, ManufacturerInput input, ExpectedVersion expected) {
        writer.update(id, input, expected);
        return get(id);
    }

    /** Deletes the manufacturer, or deactivates it while tasks refer to it. */
    @Transactional
    public ManufacturerRemoval delete(UUID id, ExpectedVersion expected) {
        return writer.delete(id, expected);
    }

    /** One page of manufacturers, newest first. */
    @Transactional(readOnly = true)
    public Page<Manufacturer> search(ManufacturerFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(search.find(filter, Cursor.after(cursor), size + 1), size, m -> Cursor.of(m.id()));
    }
}
