package dev.shopfloor.orders;

import dev.shopfloor.customers.Customers;
import dev.shopfloor.orders.NewOrder.NewLine;
import dev.shopfloor.orders.internal.LineChanges;
import dev.shopfloor.orders.internal.OrderEdits;
import dev.shopfloor.orders.internal.OrderPlacement;
import dev.shopfloor.orders.internal.OrderReads;
import dev.shopfloor.orders.internal.OrderTransitions;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way into the orders module: placing, reading, editing and moving orders. Every write runs in one
 * transaction that includes its effect on stock; payments and shipments are {@link OrderPayments} and
 * {@link OrderShipments}.
 */
@Service
public class Orders {

    private final OrderPlacement placement;
    private final OrderReads reads;
    private final OrderEdits edits;
    private final OrderTransitions transitions;
    private final LineChanges lines;
    private final Customers customers;
    private final TransactionTemplate ownTransaction;

    Orders(
            OrderPlacement placement,
            OrderReads reads,
            OrderEdits edits,
            OrderTransitions transitions,
            LineChanges lines,
            Customers customers,
            PlatformTransactionManager transactions) {
        this.placement = placement;
        this.reads = reads;
        this.edits = edits;
        this.transitions = transitions;
        this.lines = lines;
        this.customers = customers;
        // Each order of a bulk change in its own transaction, or its own savepoint inside the request's transaction
        // (Idempotency-Key filter), so one refusal undoes nothing else and the key still covers all of it.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Places an order with its lines and holds its stock lines (unless a draft); 409 insufficient_stock if short. */
    @Transactional
    public Order place(NewOrder order) {
        return reads.get(placement.place(order));
    }

    /** The order with its lines, or 404. */
    @Transactional(readOnly = true)
    public Order get(UUID id) {
        return reads.get(id);
    }

    /** The order with its lines, if it exists (for other modules validating a reference without a 404). */
    @Transactional(readOnly = true)
    public Optional<Order> find(UUID id) {
        return reads.find(id);
    }

    /**
     * Locks the order row until the caller's transaction ends and returns it (without lines), or 404. Another module
     * that changes what an order waits for (manufacturing finishing a task) takes this lock first, as the order's own
     * writes do, so the two never interleave or deadlock.
     */
    @Transactional
    public Order lock(UUID id) {
        return transitions.lock(id);
    }

    @Transactional(readOnly = true)
    public Page<Order> search(OrderFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        return reads.search(filter, cursor, limit);
    }

    /** A customer's orders, newest first; 404 for an unknown customer. */
    @Transactional(readOnly = true)
    public Page<Order> ofCustomer(UUID customerId, @Nullable String cursor, @Nullable Integer limit) {
        if (!customers.exists(customerId)) {
            throw ApiException.notFound("customer", customerId);
        }
        return reads.search(OrderFilter.ofCustomer(customerId), cursor, limit);
    }

    /** Order lines of all orders, newest first; a VENDOR sees only its own vendor's lines. */
    @Transactional(readOnly = true)
    public Page<OrderItem> lines(@Nullable String cursor, @Nullable Integer limit) {
        return reads.lines(cursor, limit);
    }

    @Transactional
    public Order update(UUID id, OrderChanges changes, ExpectedVersion expected) {
        edits.update(id, changes, expected);
        return reads.get(id);
    }

    /** Deletes a draft or cancelled order; else 409 order_not_deletable. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        edits.delete(id, expected);
    }

    /** Moves the order to {@code status} with its effect on stock; 422 invalid_transition when the table forbids. */
    @Transactional
    public Order changeStatus(UUID id, OrderStatus status, @Nullable String note, ExpectedVersion expected) {
        transitions.change(id, status, note, expected);
        return reads.get(id);
    }

    /** Each order in its own transaction: one refusal does not undo the others. */
    public List<BulkStatusResult> changeStatuses(List<UUID> ids, OrderStatus status, @Nullable String note) {
        return new LinkedHashSet<>(ids)
                .stream().map(id -> changeOne(id, status, note)).toList();
    }

    @Transactional
    public Order addLines(UUID id, List<NewLine> newLines, ExpectedVersion expected) {
        lines.add(id, newLines, expected);
        return reads.get(id);
    }

    @Transactional
    public Order changeLine(
            UUID id, UUID lineId, @Nullable Integer quantity, @Nullable BigDecimal price, ExpectedVersion expected) {
        lines.change(id, lineId, quantity, price, expected);
        return reads.get(id);
    }

    @Transactional
    public Order removeLine(UUID id, UUID lineId, ExpectedVersion expected) {
        lines.remove(id, lineId, expected);
        return reads.get(id);
    }

    private BulkStatusResult changeOne(UUID id, OrderStatus status, @Nullable String note) {
        try {
            ownTransaction.executeWithoutResult(tx -> transitions.change(id, status, note, ExpectedVersion.ANY));
            return BulkStatusResult.ok(id, status);
        } catch (ApiException e) {
            return BulkStatusResult.failed(id, e.code(), String.valueOf(e.getMessage()));
        } catch (PessimisticLockingFailureException e) {
            return BulkStatusResult.failed(id, "contention", "the order was busy; try again");
        } catch (DataAccessException e) {
            return BulkStatusResult.failed(id, "not_changed", "the change could not be saved");
        }
    }
}
