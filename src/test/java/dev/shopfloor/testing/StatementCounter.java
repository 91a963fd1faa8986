package dev.shopfloor.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.MDC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application sends to PostgreSQL per HTTP request (keyed by the request id the
 * request carries in {@code X-Request-Id}), so tests can pin how many statements an endpoint costs.
 * Statements that triggers run inside the database are not round trips and are not counted. Picked up by
 * component scanning in every integration test context, so it adds no context of its own.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private final Map<String, AtomicInteger> byRequest = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"dataSource".equals(beanName) || !(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return ProxyDataSourceBuilder.create(dataSource)
                .name("counted")
                .afterQuery((execution, queries) -> {
                    String request = MDC.get("requestId");
                    if (request != null) {
                        byRequest
                                .computeIfAbsent(request, k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                })
                .build();
    }

    /** Statements sent while serving the request with this {@code X-Request-Id}. */
    public int statementsOf(String requestId) {
        AtomicInteger count = byRequest.get(requestId);
        return count == null ? 0 : count.get();
    }
}
