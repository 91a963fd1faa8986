package dev.shopfloor.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The inventory pages: stock levels per location (adjust, transfer), the movements ledger, low-stock alerts and
 * purchase orders. The pages only render the frame; their scripts read and write through {@code /api/inventory}.
 */
@Controller
@RequestMapping("/admin/inventory")
class InventoryPages {

    @GetMapping
    String levels() {
        return "inventory/levels";
    }

    @GetMapping("/movements")
    String movements() {
        return "inventory/movements";
    }

    @GetMapping("/alerts")
    String alerts() {
        return "inventory/alerts";
    }

    /** Vendors do not see purchase orders (the API refuses them): they land on their levels instead. */
    @GetMapping("/purchase-orders")
    String purchaseOrders(@RequestAttribute(SignedInPages.USER) PageUser user) {
        return user.isVendor() ? "redirect:/admin/inventory" : "inventory/purchase-orders";
    }

    @GetMapping("/purchase-orders/{id}")
    String purchaseOrder(@RequestAttribute(SignedInPages.USER) PageUser user, @PathVariable UUID id, Model model) {
        if (user.isVendor()) {
            return "redirect:/admin/inventory";
        }
        model.addAttribute("purchaseOrderId", id);
        return "inventory/purchase-order";
    }
}
