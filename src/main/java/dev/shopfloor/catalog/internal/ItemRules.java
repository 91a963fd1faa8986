package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/** Rules every write of an item follows, single or bulk. */
final class ItemRules {

    private static final Set<String> SKU_CONSTRAINTS =
            Set.of("catalog_skus_pkey", "catalog_items_sku_key", "catalog_variants_sku_key");

    private ItemRules() {}

    /** The vendor a VENDOR user is confined to, or null for every other role. */
    static @Nullable UUID confinedVendor() {
        Actor actor = CurrentActor.get();
        return actor.role() == Role.VENDOR ? actor.vendorId() : null;
    }

    /** The vendor an item is written with: a VENDOR user's own, whatever the input says. */
    static @Nullable UUID vendorFor(@Nullable UUID requested) {
        UUID confined = confinedVendor();
        return confined != null ? confined : requested;
    }

    /** SKUs must differ within one item: its own and each variant's. */
    static List<RowError> skusWithinItem(ItemInput in) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(VariantPlan.key(in.sku()));
        List<VariantInput> variants = in.variants() == null ? List.of() : in.variants();
        for (int i = 0; i < variants.size(); i++) {
            if (!seen.add(VariantPlan.key(variants.get(i).sku()))) {
                errors.add(new RowError(
                        "variants[" + i + "].sku",
                        "repeats another SKU of this item: " + variants.get(i).sku()));
            }
        }
        return errors;
    }

    static ApiException invalid(List<RowError> errors) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "validation_failed",
                "the request has invalid fields",
                Map.of("errors", errors));
    }

    static ApiException duplicateSku(String detail) {
        return ApiException.conflict("duplicate_sku", detail);
    }

    /** Runs a write, turning a violated SKU uniqueness into 409 duplicate_sku. */
    static <T> T claimingSkus(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (SKU_CONSTRAINTS.contains(constraint(e))) {
                throw duplicateSku("a SKU of this item is already used by another item or variant");
            }
            throw e;
        }
    }

    static String constraint(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return String.valueOf(p.getServerErrorMessage().getConstraint());
            }
        }
        return "";
    }

    static String sqlState(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
    }
}
