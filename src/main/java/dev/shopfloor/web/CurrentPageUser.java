package dev.shopfloor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model as {@code user} (null on the sign-in page). */
@ControllerAdvice(basePackageClasses = CurrentPageUser.class)
class CurrentPageUser {

    @ModelAttribute(SignedInPages.USER)
    @Nullable
    PageUser user(HttpServletRequest request) {
        return (PageUser) request.getAttribute(SignedInPages.USER);
    }
}
