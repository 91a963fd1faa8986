package dev.shopfloor.customers.internal;

import dev.shopfloor.customers.Address;
import dev.shopfloor.customers.NewCustomer;
import dev.shopfloor.customers.Removal;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes of a customer with its addresses; callers run it inside their transaction. */
@Component
public class CustomerWriter {

    private static final String EMAIL_KEY = "customers_email_key";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String DUPLICATE_EMAIL = "another customer already has this email address";

    private final CustomerRepository customers;
    private final AddressRepository addresses;
    private final TransactionTemplate savepoint;

    CustomerWriter(CustomerRepository customers, AddressRepository addresses, PlatformTransactionManager tx) {
        this.customers = customers;
        this.addresses = addresses;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void create(UUID id, NewCustomer customer) {
        AddressSet set = AddressSet.diff(List.of(), customer.addresses());
        try {
            customers.insert(id, customer);
        } catch (DuplicateKeyException e) {
            throw duplicateOrRethrow(e);
        }
        set.inserts().forEach(a -> addresses.insert(id, a));
    }

    /**
     * Replaces the editable fields and the address set. The row is locked before the expected version is
     * compared, so of two writers holding the same version exactly one wins and the other is stale.
     */
    public void update(UUID id, NewCustomer customer, @Nullable Boolean archived, ExpectedVersion expected) {
        lockAt(id, expected);
        AddressSet set = AddressSet.diff(addresses.forCustomer(id), customer.addresses());
        addresses.delete(id, set.deletes());
        for (Address changed : set.updates()) {
            addresses.update(id, changed);
        }
        for (Address added : set.inserts()) {
            addresses.insert(id, added);
        }
        try {
            customers.update(id, customer, archived, set.changesAnything());
        } catch (DuplicateKeyException e) {
            throw duplicateOrRethrow(e);
        }
    }

    /**
     * Deletes the customer when nothing refers to it, else archives it. The delete runs in a savepoint, so
     * any foreign key to customers (orders, and whatever later modules add) makes it an archive, with no
     * list of referencing tables to keep up to date here.
     */
    public Removal delete(UUID id, ExpectedVersion expected) {
        lockAt(id, expected);
        try {
            savepoint.executeWithoutResult(status -> customers.delete(id));
            return Removal.DELETED;
        } catch (DataIntegrityViolationException e) {
            if (!(e.getMostSpecificCause() instanceof SQLException sql)
                    || !FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                throw e;
            }
            customers.archive(id);
            return Removal.ARCHIVED;
        }
    }

    private void lockAt(UUID id, ExpectedVersion expected) {
        int current = customers.lockVersion(id).orElseThrow(() -> ApiException.notFound("customer", id));
        Integer wanted = expected.value();
        if (wanted != null && wanted != current) {
            throw expected.stale("customer", id);
        }
    }

    private static RuntimeException duplicateOrRethrow(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains(EMAIL_KEY)) {
            // the field error lets a form show the refusal under its email field, like a validation failure
            return new ApiException(
                    HttpStatus.CONFLICT,
                    "duplicate_email",
                    DUPLICATE_EMAIL,
                    Map.of("errors", List.of(Map.of("field", "email", "message", DUPLICATE_EMAIL))));
        }
        return e;
    }
}
