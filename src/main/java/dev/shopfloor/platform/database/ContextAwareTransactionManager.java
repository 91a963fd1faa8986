package dev.shopfloor.platform.database;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.MDC;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Puts the request context into every transaction, transaction-local, before any statement runs, in one
 * round trip: triggers read it to record who changed what. A VENDOR's transaction also switches to the
 * vendor role ({@code set_config('role', ..., true)} is {@code SET LOCAL ROLE}), so the vendor-only row-level
 * security policies apply to it and to nobody else (docs/decisions.md D4). Everything is undone at commit or
 * rollback, so nothing leaks to the next user of a pooled connection.
 */
class ContextAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_CONTEXT = """
            SELECT set_config('app.user_id', ?, true),
                   set_config('app.role', ?, true),
                   set_config('app.vendor_id', ?, true),
                   set_config('app.store_ids', ?, true),
                   set_config('app.request_id', ?, true)
            """;
    private static final String SET_VENDOR_CONTEXT =
            SET_CONTEXT.stripTrailing() + ",\n       set_config('role', ?, true)\n";

    private final String vendorRole;

    ContextAwareTransactionManager(DataSource dataSource, String vendorRole) {
        super(dataSource);
        this.vendorRole = vendorRole;
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        Actor actor = CurrentActor.get();
        boolean vendor = actor.role() == Role.VENDOR;
        String requestId = MDC.get("requestId");
        try (PreparedStatement ps = con.prepareStatement(vendor ? SET_VENDOR_CONTEXT : SET_CONTEXT)) {
            ps.setString(1, actor.id());
            ps.setString(2, actor.role().name());
            ps.setString(3, actor.vendorId() == null ? "" : actor.vendorId().toString());
            ps.setString(4, actor.storeIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
            ps.setString(5, requestId == null ? "" : requestId);
            if (vendor) {
                ps.setString(6, vendorRole);
            }
            ps.execute();
        }
    }
}
