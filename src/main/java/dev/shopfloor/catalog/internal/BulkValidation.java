package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkLine;
import dev.shopfloor.catalog.BulkReport.RowError;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The checks of bulk rows that need no writes: fields, SKUs unique within the request and in the registry. */
@Component
class BulkValidation {

    private final Validator validator;
    private final ItemRepository items;

    BulkValidation(Validator validator, ItemRepository items) {
        this.validator = validator;
        this.items = items;
    }

    List<Candidate> check(List<BulkLine> lines) {
        List<Candidate> candidates = lines.stream().map(Candidate::new).toList();
        Map<String, Integer> claimedBy = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.valid()) {
                continue;
            }
            validator
                    .validate(c.input())
                    .forEach(
                            v -> c.errors().add(new RowError(v.getPropertyPath().toString(), v.getMessage())));
            if (!c.valid()) {
                continue;
            }
            c.errors().addAll(ItemRules.skusWithinItem(c.input()));
            c.skus().forEach(sku -> {
                Integer other = claimedBy.putIfAbsent(VariantPlan.key(sku.getValue()), c.rowNumber());
                if (other != null && other != c.rowNumber()) {
                    c.errors()
                            .add(new RowError(
                                    sku.getKey(), "duplicate_sku: " + sku.getValue() + " is also in row " + other));
                }
            });
        }
        return candidates;
    }

    /** Refuses SKUs that another item (or another item's variant) already holds. */
    void checkSkuOwners(List<Candidate> candidates) {
        List<Candidate> valid = candidates.stream().filter(Candidate::valid).toList();
        Map<String, UUID> owners = items.skuOwners(
                valid.stream().flatMap(Candidate::skus).map(Map.Entry::getValue).toList());
        for (Candidate c : valid) {
            UUID self = c.values().id();
            c.skus().forEach(sku -> {
                UUID owner = owners.get(VariantPlan.key(sku.getValue()));
                if (owner != null && !owner.equals(self)) {
                    c.errors()
                            .add(new RowError(
                                    sku.getKey(),
                                    "duplicate_sku: " + sku.getValue() + " is used by another item or variant"));
                }
            });
        }
    }
}
