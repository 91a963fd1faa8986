package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.Category;
import dev.shopfloor.catalog.ReferenceInputs.CategoryInput;
import dev.shopfloor.catalog.internal.CategoryService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/catalog/categories")
@Tag(name = "Catalog categories", description = "The category tree")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @PostMapping
    @Access.Write
    @Operation(summary = "Create a category, at the root or under parentId (409 duplicate name under one parent)")
    ResponseEntity<Category> create(@Valid @RequestBody CategoryInput body) {
        Category category = categories.create(body);
        return ResponseEntity.created(URI.create("/api/catalog/categories/" + category.id()))
                .eTag(ETags.of(category.version()))
                .body(category);
    }

    @GetMapping
    @Access.Read
    @Operation(summary = "The whole category tree: root categories with nested children")
    List<Category> tree() {
        return categories.tree();
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Read one category (without children)")
    ResponseEntity<Category> get(@PathVariable UUID id, WebRequest request) {
        Category category = categories.get(id);
        return ETags.ok(request, category, category.version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(summary = "Rename or move a category (422 category_cycle when moved under itself)")
    ResponseEntity<Category> update(
            @PathVariable UUID id,
            @Valid @RequestBody CategoryInput body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        Category category = categories.update(id, body, ExpectedVersion.of(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ETags.of(category.version())).body(category);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(summary = "Delete a category; 409 has_dependents while it has sub-categories or items")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        categories.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
