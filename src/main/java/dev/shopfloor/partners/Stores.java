package dev.shopfloor.partners;

import dev.shopfloor.partners.internal.InvalidInput;
import dev.shopfloor.partners.internal.StoreRepository;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into stores for other modules (orders and stock belong to a store) and for the HTTP API. */
@Service
public class Stores {

    private final StoreRepository stores;

    Stores(StoreRepository stores) {
        this.stores = stores;
    }

    /** Creates a store; a code in use is a 409 {@code duplicate_code}; currency and time zone must be real. */
    @Transactional
    public Store create(StoreDetails details) {
        check(details);
        try {
            return stores.insert(Ids.newId(), details);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(details.code());
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return stores.find(id).isPresent();
    }

    /** The ids among {@code ids} that name no store. */
    @Transactional(readOnly = true)
    public Set<UUID> missing(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        if (!ids.isEmpty()) {
            stores.existing(ids).forEach(missing::remove);
        }
        return missing;
    }

    @Transactional(readOnly = true)
    public Optional<Store> find(UUID id) {
        return stores.find(id);
    }

    @Transactional(readOnly = true)
    public Store get(UUID id) {
        return stores.find(id).orElseThrow(() -> ApiException.notFound("store", id));
    }

    @Transactional(readOnly = true)
    public Page<Store> list(@Nullable String q, @Nullable Boolean active, @Nullable String cursor, int limit) {
        return Page.of(stores.list(q, active, Cursor.after(cursor), limit + 1), limit, s -> Cursor.of(s.id()));
    }

    @Transactional
    public Store update(UUID id, StoreDetails details, ExpectedVersion expected) {
        check(details);
        try {
            return stores.update(id, details, expected.value()).orElseThrow(() -> refusal(id, expected));
        } catch (DuplicateKeyException e) {
            throw duplicateCode(details.code());
        }
    }

    /** Deletes a store; while orders or stock refer to it the foreign keys refuse (409 has_dependents). */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        if (!stores.delete(id, expected.value())) {
            throw refusal(id, expected);
        }
    }

    private ApiException refusal(UUID id, ExpectedVersion expected) {
        return stores.find(id).isPresent() ? expected.stale("store", id) : ApiException.notFound("store", id);
    }

    private static void check(StoreDetails details) {
        // Region ids only (and UTC): fixed offsets would silently ignore daylight saving.
        if (details.timezone() != null && !ZoneId.getAvailableZoneIds().contains(details.timezone())) {
            throw InvalidInput.field("timezone", "is not a known time zone id (e.g. Europe/Berlin)");
        }
        if (details.currency() != null) {
            try {
                Currency.getInstance(details.currency());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.field("currency", "is not an ISO 4217 currency code");
            }
        }
    }

    private static ApiException duplicateCode(String code) {
        return ApiException.conflict("duplicate_code", "a store with code '" + code + "' already exists");
    }
}
