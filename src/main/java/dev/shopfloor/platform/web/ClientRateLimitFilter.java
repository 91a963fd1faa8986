package dev.shopfloor.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every client address on {@code /api}, before authentication so that floods of bad tokens count too,
 * and guesses at passwords much more strictly: {@code POST /api/auth/login} and the admin pages' sign-in form
 * {@code POST /login} share one bucket per address. The address is the
 * connection's, or the proxy's {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says
 * to trust it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ClientRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    ClientRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") && !isSignIn(request);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "POST".equals(request.getMethod()) && (uri.equals("/api/auth/login") || uri.equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (isSignIn(request) && !limits.admit(RateLimits.Kind.LOGIN, client, response)) {
            return;
        }
        if (!limits.admit(RateLimits.Kind.IP, client, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
