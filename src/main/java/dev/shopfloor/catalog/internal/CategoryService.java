package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.Category;
import dev.shopfloor.catalog.ReferenceInputs.CategoryInput;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree. The database refuses cycles (a trigger) and repeated names under one parent. */
@Service
public class CategoryService {

    private static final String CATEGORY = "category";
    private static final Set<String> CYCLE = Set.of("catalog_categories_no_cycle", "catalog_categories_not_own_parent");

    private final CategoryRepository categories;
    private final CatalogCaches caches;

    CategoryService(CategoryRepository categories, CatalogCaches caches) {
        this.categories = categories;
        this.caches = caches;
    }

    @Transactional
    public Category create(CategoryInput in) {
        UUID id = Ids.newId();
        requireParent(in.parentId());
        categories.insert(id, in.name().trim(), in.parentId());
        caches.invalidateOnCommit(List.of());
        return categories.findById(id).orElseThrow();
    }

    @Transactional
    public Category update(UUID id, CategoryInput in, ExpectedVersion expected) {
        requireParent(in.parentId());
        int rows;
        try {
            rows = categories.update(id, in.name().trim(), in.parentId(), expected.value());
        } catch (DataIntegrityViolationException e) {
            if (CYCLE.contains(ItemRules.constraint(e))) {
                throw ApiException.unprocessable(
                        "category_cycle", "category " + id + " cannot move under itself or its descendants");
            }
            throw e;
        }
        if (rows == 0) {
            throw Writes.missed(CATEGORY, id, expected, () -> exists(id));
        }
        caches.invalidateOnCommit(List.of());
        return get(id);
    }

    /** Refused with 409 has_dependents while the category has sub-categories or items. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        if (Writes.deleting(CATEGORY, id, () -> categories.delete(id, expected.value())) == 0) {
            throw Writes.missed(CATEGORY, id, expected, () -> exists(id));
        }
        caches.invalidateOnCommit(List.of());
    }

    @Transactional(readOnly = true)
    public Category get(UUID id) {
        return categories.findById(id).orElseThrow(() -> ApiException.notFound(CATEGORY, id));
    }

    /** The whole tree: root categories with nested children, each level ordered by name. */
    @Transactional(readOnly = true)
    public List<Category> tree() {
        List<Category> all = categories.findAll();
        Map<UUID, List<Category>> children = new HashMap<>();
        all.forEach(c ->
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
        return nest(children, null);
    }

    private static List<Category> nest(Map<UUID, List<Category>> children, @Nullable UUID parent) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(c -> c.withChildren(nest(children, c.id())))
                .toList();
    }

    private boolean exists(UUID id) {
        return categories.findById(id).isPresent();
    }

    private void requireParent(@Nullable UUID parentId) {
        if (parentId != null && categories.findById(parentId).isEmpty()) {
            throw ItemRules.invalid(List.of(new RowError("parentId", "category " + parentId + " does not exist")));
        }
    }
}
