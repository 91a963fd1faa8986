package dev.shopfloor.web;

import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.security.TokenIssuer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and sign-out: the same credentials and token as {@code POST /api/auth/login}. */
@Controller
class SignInController {

    private final Users users;
    private final TokenIssuer tokens;
    private final PageSession session;

    SignInController(Users users, TokenIssuer tokens, PageSession session) {
        this.users = users;
        this.tokens = tokens;
        this.session = session;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/admin";
    }

    @GetMapping("/login")
    String form(@RequestParam(required = false) @Nullable String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "login";
    }

    @PostMapping("/login")
    String signIn(
            @RequestParam String email,
            @RequestParam String password,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var signedIn = users.authenticate(email, password);
        if (signedIn.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("next", safeNext(next));
            model.addAttribute("email", email);
            model.addAttribute("error", "Email or password is wrong.");
            return "login";
        }
        session.open(tokens.issue(signedIn.get().actor(), signedIn.get().email()), request, response);
        return "redirect:" + safeNext(next);
    }

    @PostMapping("/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        session.close(request, response);
        return "redirect:/login";
    }

    /** Only our own admin pages, so the sign-in page cannot be used to redirect people elsewhere. */
    private static String safeNext(@Nullable String next) {
        return next != null && next.startsWith("/admin") && !next.contains("//") ? next : "/admin";
    }
}
