package dev.shopfloor.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The customer pages: the live list, the form for a new customer, and one customer's details with its orders and
 * communication log. The pages only render the frame; their scripts read and write through /api/customers.
 */
@Controller
@RequestMapping("/admin/customers")
class CustomerPages {

    @GetMapping
    String list() {
        return "customers/list";
    }

    @GetMapping("/new")
    String create() {
        return "customers/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("customerId", id);
        return "customers/detail";
    }
}
