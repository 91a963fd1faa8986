package dev.shopfloor.orders.internal;

import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.orders.NewOrder.NewLine;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Prices new lines from the catalog with one lookup for all SKUs. Refusals: 403 {@code price_override_forbidden}
 * (a price from anyone but MANAGER/ADMIN), 422 {@code unknown_sku}, {@code item_unavailable} (archived),
 * {@code currency_mismatch} (lines, or lines and the order, in different currencies), {@code invalid_price}.
 */
@Component
class Pricing {

    private static final Set<Role> MAY_OVERRIDE = Set.of(Role.ADMIN, Role.MANAGER, Role.SYSTEM);

    private final Catalog catalog;

    Pricing(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Lines priced and with fresh ids, in the order given; {@code orderCurrency} null means "any one currency". */
    List<PricedLine> price(List<NewLine> lines, @Nullable String orderCurrency) {
        lines.forEach(line -> checkOverride(line.price()));
        Set<String> skus = new LinkedHashSet<>();
        lines.forEach(line -> skus.add(line.sku()));
        var found = catalog.lookupSkus(skus);
        List<PricedLine> priced = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> unavailable = new TreeSet<>();
        for (NewLine line : lines) {
            var info = found.get(line.sku().toLowerCase(Locale.ROOT));
            if (info == null) {
                unknown.add(line.sku());
                continue;
            }
            if ("archived".equalsIgnoreCase(info.status())) {
                unavailable.add(info.sku());
            }
            BigDecimal price = line.price() == null ? info.price() : line.price();
            priced.add(new PricedLine(
                    Ids.newId(),
                    info.sku(),
                    info.itemId(),
                    info.variantId(),
                    info.vendorId(),
                    info.name(),
                    info.fulfillment().name().toLowerCase(Locale.ROOT),
                    info.currency(),
                    line.quantity(),
                    price,
                    line.price() != null));
        }
        refuse(unknown, "unknown_sku", "no catalog item or variant has SKU ");
        refuse(unavailable, "item_unavailable", "archived items cannot be ordered: ");
        checkCurrency(priced, orderCurrency);
        return priced;
    }

    /** A changed unit price is an override: MANAGER/ADMIN only, at most 2 decimals, not negative. */
    void checkOverride(@Nullable BigDecimal price) {
        if (price == null) {
            return;
        }
        if (!MAY_OVERRIDE.contains(CurrentActor.get().role())) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "price_override_forbidden",
                    "only a MANAGER or ADMIN may set a line's price; leave price out to use the catalog's");
        }
        if (price.signum() < 0 || price.stripTrailingZeros().scale() > 2 || price.precision() - price.scale() > 10) {
            throw ApiException.unprocessable("invalid_price", "price must be 0 or more with at most 2 decimals");
        }
    }

    private static void checkCurrency(List<PricedLine> priced, @Nullable String orderCurrency) {
        Set<String> currencies = new TreeSet<>();
        priced.forEach(line -> currencies.add(line.currency()));
        if (orderCurrency != null) {
            currencies.add(orderCurrency);
        }
        if (currencies.size() > 1) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "currency_mismatch",
                    "all lines of an order must share one currency; got " + String.join(", ", currencies),
                    Map.of("currencies", List.copyOf(currencies)));
        }
    }

    private static void refuse(Set<String> skus, String code, String detail) {
        if (!skus.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    code,
                    detail + String.join(", ", skus),
                    Map.of("skus", List.copyOf(skus)));
        }
    }
}
