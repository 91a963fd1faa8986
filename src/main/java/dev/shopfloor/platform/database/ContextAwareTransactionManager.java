package dev.shopfloor.platform.database;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
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
 * Puts the request context into every transaction, transaction-local, before any statement runs:
 * triggers read it to record who changed what, row-level security policies read it to decide who sees what.
 */
class ContextAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_CONTEXT = """
            SELECT set_config('app.user_id', ?, true),
                   set_config('app.role', ?, true),
                   set_config('app.vendor_id', ?, true),
                   set_config('app.store_ids', ?, true),
                   set_config('app.request_id', ?, true)
            """;

    ContextAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        Actor actor = CurrentActor.get();
        String requestId = MDC.get("requestId");
        try (PreparedStatement ps = con.prepareStatement(SET_CONTEXT)) {
            ps.setString(1, actor.id());
            ps.setString(2, actor.role().name());
            ps.setString(3, actor.vendorId() == null ? "" : actor.vendorId().toString());
            ps.setString(4, actor.storeIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
            ps.setString(5, requestId == null ? "" : requestId);
            ps.execute();
        }
    }
}
