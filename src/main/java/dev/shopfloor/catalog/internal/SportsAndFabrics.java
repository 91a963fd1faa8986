package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.Fabric;
import dev.shopfloor.catalog.ReferenceInputs.FabricInput;
import dev.shopfloor.catalog.ReferenceInputs.SportInput;
import dev.shopfloor.catalog.Sport;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sports and fabrics: small reference lists; deleting one that items use is 409 has_dependents. */
@Service
public class SportsAndFabrics {

    private static final String SPORT = "sport";
    private static final String FABRIC = "fabric";

    private final SportRepository sports;
    private final FabricRepository fabrics;
    private final CatalogCaches caches;

    SportsAndFabrics(SportRepository sports, FabricRepository fabrics, CatalogCaches caches) {
        this.sports = sports;
        this.fabrics = fabrics;
        this.caches = caches;
    }

    @Transactional
    public Sport createSport(SportInput in) {
        UUID id = Ids.newId();
        sports.insert(id, in.name().trim(), in.description());
        caches.invalidateOnCommit(List.of());
        return sport(id);
    }

    @Transactional
    public Sport updateSport(UUID id, SportInput in, ExpectedVersion expected) {
        if (sports.update(id, in.name().trim(), in.description(), expected.value()) == 0) {
            throw Writes.missed(SPORT, id, expected, () -> sports.findById(id).isPresent());
        }
        caches.invalidateOnCommit(List.of());
        return sport(id);
    }

    @Transactional
    public void deleteSport(UUID id, ExpectedVersion expected) {
        if (Writes.deleting(SPORT, id, () -> sports.delete(id, expected.value())) == 0) {
            throw Writes.missed(SPORT, id, expected, () -> sports.findById(id).isPresent());
        }
        caches.invalidateOnCommit(List.of());
    }

    @Transactional(readOnly = true)
    public Sport sport(UUID id) {
        return sports.findById(id).orElseThrow(() -> ApiException.notFound(SPORT, id));
    }

    @Transactional(readOnly = true)
    public Page<Sport> sports(@Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(sports.page(Cursor.after(cursor), size + 1), size, s -> Cursor.of(s.id()));
    }

    @Transactional
    public Fabric createFabric(FabricInput in) {
        UUID id = Ids.newId();
        fabrics.insert(id, in);
        caches.invalidateOnCommit(List.of());
        return fabric(id);
    }

    @Transactional
    public Fabric updateFabric(UUID id, FabricInput in, ExpectedVersion expected) {
        if (fabrics.update(id, in, expected.value()) == 0) {
            throw Writes.missed(FABRIC, id, expected, () -> fabrics.findById(id).isPresent());
        }
        caches.invalidateOnCommit(List.of());
        return fabric(id);
    }

    @Transactional
    public void deleteFabric(UUID id, ExpectedVersion expected) {
        if (Writes.deleting(FABRIC, id, () -> fabrics.delete(id, expected.value())) == 0) {
            throw Writes.missed(FABRIC, id, expected, () -> fabrics.findById(id).isPresent());
        }
        caches.invalidateOnCommit(List.of());
    }

    @Transactional(readOnly = true)
    public Fabric fabric(UUID id) {
        return fabrics.findById(id).orElseThrow(() -> ApiException.notFound(FABRIC, id));
    }

    @Transactional(readOnly = true)
    public Page<Fabric> fabrics(@Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(fabrics.page(Cursor.after(cursor), size + 1), size, f -> Cursor.of(f.id()));
    }
}
