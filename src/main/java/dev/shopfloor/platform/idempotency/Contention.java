package dev.shopfloor.platform.idempotency;

import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;

/** Whether a failure was lock contention (deadlock, serialization failure, lock timeout): worth running again. */
final class Contention {

    /** serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");

    private static final int MAX_DEPTH = 32;

    private Contention() {}

    static boolean in(@Nullable Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException
                    || t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
