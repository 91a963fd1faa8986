package dev.shopfloor.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The catalog pages: the live item list, the item form (new and edit, with variants) and the bulk import. The
 * pages' scripts read and write through {@code /api/catalog}; a VIEWER, who cannot write there, is sent from the
 * pages that only write (new item, import) back to the list.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogPages {

    private static final String LIST = "redirect:/admin/catalog";

    @GetMapping
    String list() {
        return "catalog/list";
    }

    @GetMapping("/new")
    String create(@RequestAttribute(SignedInPages.USER) PageUser user, Model model) {
        if (!user.canEdit()) {
            return LIST;
        }
        model.addAttribute("itemId", null);
        return "catalog/edit";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("itemId", id);
        return "catalog/edit";
    }

    @GetMapping("/import")
    String bulkImport(@RequestAttribute(SignedInPages.USER) PageUser user) {
        return user.canEdit() ? "catalog/import" : LIST;
    }
}
