package dev.shopfloor.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.shopfloor.ShopfloorApplication;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second app instance on the first one's database, as a second node behind a load balancer; close it after. */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondNode start(ApplicationContext nodeA) {
        return start(nodeA, 0);
    }

    /** A second node on a given port (0: any free one), e.g. to bring "the same server" back after a stop. */
    public static SecondNode start(ApplicationContext nodeA, int port) {
        HikariDataSource owner = nodeA.getBean("flywayDataSource", HikariDataSource.class);
        URI jdbcUrl = URI.create(owner.getJdbcUrl().substring("jdbc:".length()));
        String databaseUrl = "postgres://" + owner.getUsername() + ":" + owner.getPassword() + "@" + jdbcUrl.getHost()
                + ":" + jdbcUrl.getPort() + jdbcUrl.getPath();
        return new SecondNode(new SpringApplicationBuilder(ShopfloorApplication.class)
                .profiles("test")
                .run(
                        // arguments, as they must win over application.yml's DATABASE_URL default
                        "--server.port=" + port,
                        "--shopfloor.database.url=" + databaseUrl,
                        "--spring.jmx.enabled=false"));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
