package dev.shopfloor.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The orders pages: the live list (a VENDOR's is its own order lines), placing an order, and one order with its
 * status moves, payments, shipments and history. The pages' scripts read and write through {@code /api/orders}.
 */
@Controller
class OrdersPages {

    @GetMapping("/admin/orders")
    String list() {
        return "orders/list";
    }

    /** Only roles that may place orders get the form; everyone else is sent back to the list. */
    @GetMapping("/admin/orders/new")
    String create(@RequestAttribute(SignedInPages.USER) PageUser user) {
        return user.isStaff() ? "orders/new" : "redirect:/admin/orders";
    }

    @GetMapping("/admin/orders/{id}")
    String detail(@PathVariable UUID id, @RequestAttribute(SignedInPages.USER) PageUser user, Model model) {
        if (user.isVendor()) {
            return "redirect:/admin/orders";
        }
        model.addAttribute("orderId", id);
        return "orders/detail";
    }
}
