package dev.shopfloor.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two roles: Flyway migrates as the schema owner; the application connects as a role that does not own
 * the tables, so row-level security applies to every query it runs.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Nullable
    EmbeddedDatabase embeddedDatabase(DatabaseProperties props) throws Exception {
        return props.embedded() ? EmbeddedDatabase.start(Path.of(props.dataDir()), props.durable()) : null;
    }

    @Bean
    OwnerConnection ownerConnection(DatabaseProperties props, @Nullable EmbeddedDatabase embedded) throws SQLException {
        ConnectionTarget owner = embedded != null
                ? embedded.prepare(props.appUser(), props.appPassword())
                : ConnectionTarget.parse(props.url());
        if (embedded == null) {
            ensureAppRole(owner, props);
        }
        return new OwnerConnection(owner);
    }

    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource flywayDataSource(OwnerConnection owner) {
        return pool(owner.target(), 2, "shopfloor-owner");
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(OwnerConnection owner, DatabaseProperties props) {
        return pool(owner.target().as(props.appUser(), props.appPassword()), props.poolSize(), "shopfloor");
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new ContextAwareTransactionManager(dataSource);
    }

    private static HikariDataSource pool(ConnectionTarget target, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (!target.user().isEmpty()) {
            config.setUsername(target.user());
            config.setPassword(target.password());
        }
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** Against an external server the owner creates the application role when it may (CREATEROLE). */
    private static void ensureAppRole(ConnectionTarget owner, DatabaseProperties props) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password());
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + props.appUser() + "'")) {
            if (!rs.next()) {
                s.execute("CREATE ROLE " + props.appUser() + " LOGIN PASSWORD '"
                        + props.appPassword().replace("'", "''") + "'");
                log.info("Created application role {}", props.appUser());
            }
        }
    }

    /** The schema owner's connection target: for migrations, benchmarks and tooling, never for requests. */
    public record OwnerConnection(ConnectionTarget target) {}
}
