package dev.shopfloor.customers;

import dev.shopfloor.customers.internal.AddressRepository;
import dev.shopfloor.customers.internal.CustomerRepository;
import dev.shopfloor.customers.internal.CustomerSearch;
import dev.shopfloor.customers.internal.CustomerWriter;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into the customers module: the customer page's use cases and what other modules need. */
@Service
public class Customers {

    private final CustomerRepository customers;
    private final AddressRepository addresses;
    private final CustomerSearch search;
    private final CustomerWriter writer;

    Customers(CustomerRepository customers, AddressRepository addresses, CustomerSearch search, CustomerWriter writer) {
        this.customers = customers;
        this.addresses = addresses;
        this.search = search;
        this.writer = writer;
    }

    /** Creates a customer with its addresses; 409 {@code duplicate_email} when the email is taken (any case). */
    @Transactional
    public UUID create(NewCustomer customer) {
        UUID id = Ids.newId();
        writer.create(id, customer);
        return id;
    }

    /** Whether the customer exists, archived or not. */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return customers.exists(id);
    }

    /** The customer with its addresses, archived or not. */
    @Transactional(readOnly = true)
    public Optional<Customer> find(UUID id) {
        return customers.find(id).map(c -> c.withAddresses(addresses.forCustomer(id)));
    }

    /** {@link #find}, or 404 {@code not_found}. */
    @Transactional(readOnly = true)
    public Customer get(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("customer", id));
    }

    /**
     * Replaces the editable fields and the address set (addresses keep their ids when given them).
     *
     * @param archived true archives, false restores an archived customer, null keeps the archive state
     */
    @Transactional
    public Customer update(UUID id, NewCustomer customer, @Nullable Boolean archived, ExpectedVersion expected) {
        writer.update(id, customer, archived, expected);
        return get(id);
    }

    /** Deletes the customer, or archives it when other records (orders) still refer to it. */
    @Transactional
    public Removal delete(UUID id, ExpectedVersion expected) {
        return writer.delete(id, expected);
    }

    /** One page of customers, newest first, with their addresses loaded for the whole page at once. */
    @Transactional(readOnly = true)
    public Page<Customer> search(CustomerFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        List<Customer> fetched = search.find(filter, Cursor.after(cursor), size + 1);
        Page<Customer> page = Page.of(fetched, size, c -> Cursor.of(c.id()));
        Map<UUID, List<Address>> byCustomer =
                addresses.forCustomers(page.items().stream().map(Customer::id).toList());
        return page.map(c -> c.withAddresses(byCustomer.getOrDefault(c.id(), List.of())));
    }
}
