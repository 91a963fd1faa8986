package dev.shopfloor.manufacturing;

import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.manufacturing.internal.BomRepository;
import dev.shopfloor.manufacturing.internal.ProductionTaskReferences;
import dev.shopfloor.manufacturing.internal.StageRepository;
import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bills of materials of catalog items: what one unit consumes, at which stage. */
@Service
public class Boms {

    private final BomRepository boms;
    private final StageRepository stages;
    private final ProductionTaskReferences references;
    private final Catalog catalog;

    Boms(BomRepository boms, StageRepository stages, ProductionTaskReferences references, Catalog catalog) {
        this.boms = boms;
        this.stages = stages;
        this.references = references;
        this.catalog = catalog;
    }

    /** The item's lines in stage order (empty when it has none); 404 for an unknown item. */
    @Transactional(readOnly = true)
    public Bom get(UUID itemId) {
        requireItem(itemId);
        return new Bom(itemId, boms.ofItem(itemId));
    }

    /**
     * Replaces the item's lines; 422 {@code unknown_sku}, {@code unknown_stage}, {@code duplicate_material}. Tasks
     * already created keep the materials they copied.
     */
    @Transactional
    public Bom replace(UUID itemId, List<BomLineInput> lines) {
        requireItem(itemId);
        references.materials(
                lines.stream()
                        .map(l -> new MaterialInput(l.materialSku(), 1, l.stage()))
                        .toList(),
                stages.all());
        boms.replace(itemId, lines);
        return new Bom(itemId, boms.ofItem(itemId));
    }

    private void requireItem(UUID itemId) {
        if (catalog.findItem(itemId).isEmpty()) {
            throw ApiException.notFound("catalog item", itemId);
        }
    }
}
