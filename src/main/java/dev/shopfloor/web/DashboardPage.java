package dev.shopfloor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: today's numbers, sales over a chosen range and product performance. */
@Controller
class DashboardPage {

    @GetMapping("/admin")
    String dashboard() {
        return "dashboard";
    }
}
