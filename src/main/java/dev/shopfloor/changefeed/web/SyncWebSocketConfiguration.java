package dev.shopfloor.changefeed.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * WebSocket {@code /api/sync}. The HTTP security chain lets the upgrade through; {@link TokenHandshakeInterceptor}
 * checks the token (header or {@code access_token}, since browsers cannot set headers on a WebSocket) and
 * answers 401 itself. Origins are not restricted: the token, not a cookie, authenticates.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SyncWebSocketConfiguration implements WebSocketConfigurer {

    private final SyncWebSocketHandler handler;
    private final TokenHandshakeInterceptor interceptor;

    SyncWebSocketConfiguration(SyncWebSocketHandler handler, TokenHandshakeInterceptor interceptor) {
        this.handler = handler;
        this.interceptor = interceptor;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/api/sync").addInterceptors(interceptor).setAllowedOriginPatterns("*");
    }

    /**
     * Browsers cannot set headers on EventSource either: the SSE stream (only) also accepts {@code access_token}.
     * Everywhere else a token in the URL (and so in logs) is ignored.
     */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        return request -> "/api/sync/stream".equals(request.getRequestURI())
                ? headerOrQuery.resolve(request)
                : headerOnly.resolve(request);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain syncHandshake(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/sync")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
