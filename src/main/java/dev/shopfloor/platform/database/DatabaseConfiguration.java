package dev.shopfloor.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Three roles: Flyway migrates as the schema owner; the application connects as a role that does not own
 * the tables, so row-level security applies to every query it runs; VENDOR transactions switch to the
 * vendor role, whose policies confine them to their vendor's rows (docs/decisions.md D4).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Nullable
    EmbeddedDatabase embeddedDatabase(DatabaseProperties props) throws Exception {
        return props.embedded() ? EmbeddedDatabase.start(Path.of(props.dataDir()), props.durable()) : null;
    }

    @Bean
    OwnerConnection ownerConnection(DatabaseProperties props, @Nullable EmbeddedDatabase embedded) throws SQLException {
        ConnectionTarget owner = embedded != null
                ? embedded.prepare(props.appUser(), props.appPassword(), props.vendorRole())
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
    PlatformTransactionManager transactionManager(DataSource dataSource, DatabaseProperties props) {
        return new ContextAwareTransactionManager(dataSource, props.vendorRole());
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

    /**
     * Against an external server the owner creates the application's roles when it may (CREATEROLE); roles
     * a DBA made are used as they are if their membership is already right (see {@link DatabaseRoles}).
     */
    private static void ensureAppRole(ConnectionTarget owner, DatabaseProperties props) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password());
                Statement s = c.createStatement()) {
            DatabaseRoles.ensure(s, props.appUser(), props.appPassword(), props.vendorRole());
        }
    }

    /** The schema owner's connection target: for migrations, benchmarks and tooling, never for requests. */
    public record OwnerConnection(ConnectionTarget target) {}
}
