package dev.shopfloor.changefeed.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one loop per node that stamps committed changes and reads them in seq order for the {@link Hub}.
 * It holds a dedicated connection (not from the pool) that LISTENs for new changes (from the log trigger) and
 * new stamps (from any node's stamper); the poll timeout is the safety net. It reconnects after errors.
 */
@Component
class Tailer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Tailer.class);
    private static final int MAX_ROUNDS = 1000;

    private final ChangeLog changeLog;
    private final Hub hub;
    private final ChangeFeedProperties props;
    private final HikariDataSource pool;
    private volatile boolean running;
    private volatile long position = -1;
    private Thread thread = new Thread(() -> {});

    Tailer(ChangeLog changeLog, Hub hub, ChangeFeedProperties props, DataSource dataSource) throws SQLException {
        this.changeLog = changeLog;
        this.hub = hub;
        this.props = props;
        this.pool = dataSource.unwrap(HikariDataSource.class);
    }

    /** The last seq handed to this node's subscribers. */
    long position() {
        return position;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("changefeed-tailer").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        try {
            thread.join(props.pollInterval().toMillis() * 4 + 2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long backoffMillis = 100;
        while (running) {
            try (Connection connection = listen()) {
                CurrentActor.runAs(Actor.system("changefeed"), () -> loop(connection));
                backoffMillis = 100;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Change feed tailer lost its database connection; retrying in {} ms", backoffMillis, e);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5000);
            }
        }
    }

    private Connection listen() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", pool.getUsername());
        credentials.setProperty("password", pool.getPassword());
        credentials.setProperty("ApplicationName", "shopfloor-changefeed");
        Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), credentials);
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN shopfloor_changes");
            s.execute("LISTEN shopfloor_stamped");
        }
        return connection;
    }

    private void loop(Connection connection) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            if (position < 0) {
                position = changeLog.head().head();
            }
            int pollMillis = (int) props.pollInterval().toMillis();
            while (running) {
                stampAll();
                tailAll();
                pg.getNotifications(pollMillis);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stampAll() {
        for (int round = 0; round < MAX_ROUNDS && changeLog.stamp(props.batch()) >= props.batch(); round++) {
            // a full batch: there may be more
        }
    }

    private void tailAll() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<ChangeEvent> batch = changeLog.readAll(position, props.batch());
            if (batch.isEmpty()) {
                return;
            }
            hub.publish(batch);
            position = batch.getLast().seq();
            if (batch.size() < props.batch()) {
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
