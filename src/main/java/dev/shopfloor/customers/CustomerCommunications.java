package dev.shopfloor.customers;

import dev.shopfloor.customers.internal.CommunicationRepository;
import dev.shopfloor.customers.internal.CustomerRepository;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The communication log of a customer: notes, calls, emails and meetings, with time and author. */
@Service
public class CustomerCommunications {

    private final CustomerRepository customers;
    private final CommunicationRepository log;

    CustomerCommunications(CustomerRepository customers, CommunicationRepository log) {
        this.customers = customers;
        this.log = log;
    }

    /** Appends an entry written by the current actor; 404 when the customer does not exist. */
    @Transactional
    public Communication record(UUID customerId, NewCommunication entry) {
        requireCustomer(customerId);
        return log.insert(Ids.newId(), customerId, entry, CurrentActor.get().userId());
    }

    /** One entry of a customer's log, or 404. */
    @Transactional(readOnly = true)
    public Communication get(UUID customerId, UUID id) {
        return log.find(customerId, id).orElseThrow(() -> ApiException.notFound("communication", id));
    }

    /** One page of the log, most recent {@code occurredAt} first. */
    @Transactional(readOnly = true)
    public Page<Communication> list(UUID customerId, @Nullable String cursor, @Nullable Integer limit) {
        requireCustomer(customerId);
        int size = Cursor.limit(limit);
        return Page.of(log.page(customerId, Cursor.after(cursor), size + 1), size, c -> Cursor.of(c.id()));
    }

    private void requireCustomer(UUID customerId) {
        if (!customers.exists(customerId)) {
            throw ApiException.notFound("customer", customerId);
        }
    }
}
