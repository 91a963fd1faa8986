package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkLine;
import dev.shopfloor.catalog.BulkReport;
import dev.shopfloor.catalog.BulkReport.Row;
import dev.shopfloor.catalog.BulkReport.Status;
import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.CatalogItem.Variant;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.platform.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upsert by SKU of many items in one transaction: every row is validated in Java first (fields, SKUs within the
 * request and against the registry, references), then all writes go out as a handful of set-wise statements.
 * Without {@code atomic} the valid rows are saved and the bad ones reported; with it, any bad row saves nothing.
 */
@Service
public class BulkUpsert {

    private static final Logger log = LoggerFactory.getLogger(BulkUpsert.class);

    private final ItemRepository items;
    private final ItemWriter writer;
    private final References references;
    private final BulkValidation validation;
    private final ItemService itemService;
    private final CatalogCaches caches;

    BulkUpsert(
            ItemRepository items,
            ItemWriter writer,
            References references,
            BulkValidation validation,
            ItemService itemService,
            CatalogCaches caches) {
        this.items = items;
        this.writer = writer;
        this.references = references;
        this.validation = validation;
        this.itemService = itemService;
        this.caches = caches;
    }

    @Transactional
    public BulkReport upsert(List<BulkLine> lines, boolean atomic) {
        long started = System.nanoTime();
        BulkReport report = validateAndWrite(lines, atomic);
        log.info(
                "Bulk upsert of {} rows in {} ms: {}",
                lines.size(),
                (System.nanoTime() - started) / 1_000_000,
                report.counts());
        return report;
    }

    private BulkReport validateAndWrite(List<BulkLine> lines, boolean atomic) {
        List<Candidate> candidates = validation.check(lines);
        Map<String, CatalogItem> existing = items.findBySkus(candidates.stream()
                .filter(Candidate::valid)
                .map(c -> c.input().sku().trim())
                .toList());
        candidates.forEach(c -> c.resolve(existing, itemService::specsJson));
        validation.checkSkuOwners(candidates);
        References.Missing missing = references.missing(candidates.stream()
                .filter(Candidate::valid)
                .map(Candidate::values)
                .toList());
        candidates.stream().filter(Candidate::valid).forEach(c -> c.errors().addAll(missing.of(c.values())));

        if (atomic && candidates.stream().anyMatch(c -> !c.valid())) {
            BulkReport report = BulkReport.of(true, false, rowsUnsaved(candidates));
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "bulk_rejected",
                    report.counts().failed() + " of " + report.counts().total()
                            + " rows are invalid; nothing was saved",
                    Map.of("counts", report.counts(), "rows", report.rows()));
        }
        List<Candidate> valid = candidates.stream().filter(Candidate::valid).toList();
        Set<UUID> updated = write(valid);
        return BulkReport.of(atomic, true, rowsSaved(candidates, updated));
    }

    private Set<UUID> write(List<Candidate> valid) {
        List<UUID> existingIds = valid.stream()
                .filter(c -> c.existing() != null)
                .map(c -> c.values().id())
                .toList();
        Map<UUID, List<Variant>> currentVariants = items.variantsOf(existingIds);
        List<VariantPlan> plans = new ArrayList<>();
        List<UUID> variantsChanged = new ArrayList<>();
        for (Candidate c : valid) {
            List<ItemInput.VariantInput> wanted = c.input().variants();
            if (wanted == null) {
                continue;
            }
            VariantPlan plan = VariantPlan.of(
                    c.values().id(), currentVariants.getOrDefault(c.values().id(), List.of()), wanted);
            plans.add(plan);
            if (c.existing() != null && plan.changes()) {
                variantsChanged.add(c.values().id());
            }
        }
        List<ItemValues> toUpdate = valid.stream()
                .filter(c -> c.existing() != null)
                .map(Candidate::values)
                .toList();
        List<ItemValues> toInsert = valid.stream()
                .filter(c -> c.existing() == null)
                .map(Candidate::values)
                .toList();
        caches.invalidateOnCommit(valid.stream().map(c -> c.values().id()).toList());
        return ItemRules.claimingSkus(() -> {
            writer.deleteVariants(
                    plans.stream().flatMap(p -> p.deletes().stream()).toList());
            writer.updateVariants(
                    plans.stream().flatMap(p -> p.updates().stream()).toList());
            Set<UUID> updated = writer.updateItems(toUpdate, Set.copyOf(variantsChanged));
            writer.insertItems(toInsert);
            writer.insertVariants(
                    plans.stream().flatMap(p -> p.inserts().stream()).toList());
            return updated;
        });
    }

    private static List<Row> rowsSaved(List<Candidate> candidates, Set<UUID> updated) {
        return candidates.stream()
                .map(c -> {
                    if (!c.valid()) {
                        return c.row(Status.failed, null);
                    }
                    UUID id = c.values().id();
                    Status status = c.existing() == null
                            ? Status.created
                            : updated.contains(id) ? Status.updated : Status.unchanged;
                    return c.row(status, id);
                })
                .toList();
    }

    private static List<Row> rowsUnsaved(List<Candidate> candidates) {
        return candidates.stream()
                .map(c -> c.valid()
                        ? c.row(
                                Status.unchanged,
                                c.existing() == null ? null : c.existing().id())
                        : c.row(Status.failed, null))
                .toList();
    }
}
