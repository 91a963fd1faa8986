package dev.shopfloor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@code /admin} page needs a signed-in user; without one the browser goes to the sign-in page. */
@Configuration(proxyBeanMethods = false)
class SignedInPages implements WebMvcConfigurer, HandlerInterceptor {

    static final String USER = "user";

    private final PageSession session;

    SignedInPages(PageSession session) {
        this.session = session;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var user = session.user(request);
        if (user.isEmpty()) {
            String next =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return false;
        }
        request.setAttribute(USER, user.get());
        return true;
    }
}
