package dev.shopfloor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The manufacturing pages: the production board (a column per stage), one task's detail and the production
 * metrics. Manufacturing is staff-only in the API (a VENDOR gets 403 there), so vendors get no page either.
 */
@Controller
@RequestMapping("/admin/manufacturing")
class ManufacturingPages {

    @ModelAttribute
    void staffOnly(HttpServletRequest request) {
        if (request.getAttribute(SignedInPages.USER) instanceof PageUser user && user.isVendor()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "manufacturing is for staff");
        }
    }

    @GetMapping
    String board() {
        return "manufacturing/board";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("taskId", id);
        return "manufacturing/task";
    }

    @GetMapping("/metrics")
    String metrics() {
        return "manufacturing/metrics";
    }
}
