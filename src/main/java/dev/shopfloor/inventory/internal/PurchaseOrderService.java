package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.MovementKind;
import dev.shopfloor.inventory.StockMove;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Purchase orders: drafting, editing drafts, the status table, and receiving goods into stock. */
@Service
public class PurchaseOrderService {

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderSearch search;
    private final PurchaseOrderLines lines;
    private final Inventory inventory;

    PurchaseOrderService(
            PurchaseOrderRepository orders, PurchaseOrderSearch search, PurchaseOrderLines lines, Inventory inventory) {
        this.orders = orders;
        this.search = search;
        this.lines = lines;
        this.inventory = inventory;
    }

    /**
     * Drafts a purchase order. 422 {@code unknown_sku}, {@code unknown_location}, {@code unknown_vendor} or
     * {@code duplicate_line} (a SKU twice) when the draft names what does not exist; nothing is written then.
     */
    @Transactional
    public PurchaseOrder create(PurchaseOrderDraft draft) {
        lines.checkLocation(draft.locationId());
        lines.checkVendor(draft.vendorId());
        PurchaseOrderLines.Checked checked = lines.check(draft);
        UUID id = Ids.newId();
        orders.insert(id, draft, checked.vendorId(), checked.currency());
        orders.replaceLines(id, draft.lines());
        return get(id);
    }

    @Transactional(readOnly = true)
    public PurchaseOrder get(UUID id) {
        PurchaseOrder order = orders.find(id).orElseThrow(() -> ApiException.notFound("purchase order", id));
        return order.withLines(orders.linesOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /** One page of orders, newest first, with the lines of the whole page loaded in one query. */
    @Transactional(readOnly = true)
    public Page<PurchaseOrder> list(PurchaseOrderFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        Page<PurchaseOrder> page =
                Page.of(search.find(filter, Cursor.after(cursor), size + 1), size, o -> Cursor.of(o.id()));
        Map<UUID, List<PurchaseOrderLine>> byOrder =
                orders.linesOf(page.items().stream().map(PurchaseOrder::id).toList());
        return page.map(o -> o.withLines(byOrder.getOrDefault(o.id(), List.of())));
    }

    /**
     * Replaces a draft's currency, expected date and notes, and its lines when the edit names lines (a SKU
     * that stays keeps its line id). Only drafts can be edited: 422 {@code not_draft}.
     */
    @Transactional
    public PurchaseOrder update(UUID id, PurchaseOrderEdit edit, ExpectedVersion expected) {
        PurchaseOrder order = lockAt(id, expected);
        if (order.status() != PurchaseOrderStatus.DRAFT) {
            throw ApiException.unprocessable(
                    "not_draft",
                    "only draft purchase orders can be edited; this one is "
                            + order.status().db());
        }
        List<PurchaseOrderDraft.Line> newLines = edit.lines();
        if (newLines != null) {
            lines.checkLines(newLines);
            orders.replaceLines(id, newLines);
        }
        orders.updateHeader(id, edit, newLines != null);
        return get(id);
    }

    /** Moves the order along the status table; 422 {@code invalid_transition} when the table does not allow it. */
    @Transactional
    public PurchaseOrder changeStatus(UUID id, PurchaseOrderStatus target, ExpectedVersion expected) {
        PurchaseOrder order = lockAt(id, expected);
        orders.setStatus(id, order.status().moveTo(target), false);
        return get(id);
    }

    /**
     * Receives goods: receipt movements, received quantities and the new status (partially received or
     * received) in one transaction. Empty {@code received} receives everything outstanding. 422
     * {@code invalid_transition} unless the order is ordered or partially received, {@code over_receipt} when a
     * line would receive more than is outstanding, {@code unknown_line} for a line the order does not have.
     */
    @Transactional
    public PurchaseOrder receive(UUID id, List<ReceiptLine> received, ExpectedVersion expected) {
        PurchaseOrder order = lockAt(id, expected);
        if (!order.status().receivable()) {
            throw ApiException.unprocessable(
                    "invalid_transition",
                    "only ordered or partially received purchase orders can be received; this one is "
                            + order.status().db());
        }
        List<PurchaseOrderLine> current = orders.linesOf(List.of(id)).getOrDefault(id, List.of());
        Receipt receipt = Receipt.plan(current, received);
        inventory.move(receiptMoves(order, current, receipt));
        orders.addReceived(receipt.quantityByLine());
        orders.setStatus(id, PurchaseOrderStatus.afterReceipt(receipt.outstandingAfter()), true);
        return get(id);
    }

    /** One receipt movement per line at the order's location; Inventory.move creates and locks the levels. */
    private static List<StockMove> receiptMoves(PurchaseOrder order, List<PurchaseOrderLine> lines, Receipt receipt) {
        StockOwner reference = new StockOwner("purchase_order", order.id(), order.number());
        return lines.stream()
                .filter(l -> receipt.quantityByLine().containsKey(l.id()))
                .map(l -> new StockMove(
                        l.sku(),
                        order.locationId(),
                        MovementKind.RECEIPT,
                        receipt.quantityByLine().get(l.id()),
                        "received on purchase order " + order.number(),
                        reference))
                .toList();
    }

    private PurchaseOrder lockAt(UUID id, ExpectedVersion expected) {
        PurchaseOrder order = orders.lock(id).orElseThrow(() -> ApiException.notFound("purchase order", id));
        Integer wanted = expected.value();
        if (wanted != null && wanted != order.version()) {
            throw expected.stale("purchase order", id);
        }
        return order;
    }
}
