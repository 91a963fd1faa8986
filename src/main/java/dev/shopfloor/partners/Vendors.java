package dev.shopfloor.partners;

import dev.shopfloor.partners.internal.VendorRepository;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into vendors for other modules (catalog items belong to a vendor) and for the HTTP API. */
@Service
public class Vendors {

    private final VendorRepository vendors;

    Vendors(VendorRepository vendors) {
        this.vendors = vendors;
    }

    /** Creates a vendor; a name that exists in any letter case is a 409 {@code duplicate_name}. */
    @Transactional
    public Vendor create(VendorDetails details) {
        try {
            return vendors.insert(Ids.newId(), details);
        } catch (DuplicateKeyException e) {
            throw duplicateName(details.name());
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return vendors.exists(id);
    }

    @Transactional(readOnly = true)
    public Optional<Vendor> find(UUID id) {
        return vendors.find(id);
    }

    /** The vendor as the current actor may see it: a VENDOR user sees only its own vendor (others are 404). */
    @Transactional(readOnly = true)
    public Vendor get(UUID id) {
        Actor actor = CurrentActor.get();
        if (actor.role() == Role.VENDOR && !id.equals(actor.vendorId())) {
            throw ApiException.notFound("vendor", id);
        }
        return vendors.find(id).orElseThrow(() -> ApiException.notFound("vendor", id));
    }

    @Transactional(readOnly = true)
    public Page<Vendor> list(@Nullable String q, @Nullable Boolean active, @Nullable String cursor, int limit) {
        return Page.of(vendors.list(q, active, Cursor.after(cursor), limit + 1), limit, v -> Cursor.of(v.id()));
    }

    @Transactional
    public Vendor update(UUID id, VendorDetails details, ExpectedVersion expected) {
        try {
            return vendors.update(id, details, expected.value()).orElseThrow(() -> refusal(id, expected));
        } catch (DuplicateKeyException e) {
            throw duplicateName(details.name());
        }
    }

    /** Deletes a vendor; while users or catalog items refer to it the foreign keys refuse (409 has_dependents). */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        if (!vendors.delete(id, expected.value())) {
            throw refusal(id, expected);
        }
    }

    private ApiException refusal(UUID id, ExpectedVersion expected) {
        return vendors.exists(id) ? expected.stale("vendor", id) : ApiException.notFound("vendor", id);
    }

    private static ApiException duplicateName(String name) {
        return ApiException.conflict("duplicate_name", "a vendor named '" + name + "' already exists");
    }
}
