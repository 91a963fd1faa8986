package dev.shopfloor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The first page after sign-in: today's numbers, sales over a chosen range and product performance. The dashboard
 * API is for staff roles; a VENDOR starts on its catalog instead.
 */
@Controller
class DashboardPage {

    @GetMapping("/admin")
    String dashboard(@RequestAttribute(SignedInPages.USER) PageUser user) {
        return user.isVendor() ? "redirect:/admin/catalog" : "dashboard";
    }
}
