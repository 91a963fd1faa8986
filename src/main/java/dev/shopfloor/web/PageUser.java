package dev.shopfloor.web;

import dev.shopfloor.platform.context.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person a page is rendered for, from the session cookie. {@code token} is handed to the page's scripts,
 * which call the API with it; the API checks every call again, so hiding a control is convenience, not security.
 */
public record PageUser(
        UUID id, String email, Role role, @Nullable UUID vendorId, String token) {

    /** Everyone but a VIEWER changes data somewhere. */
    public boolean canEdit() {
        return role != Role.VIEWER;
    }

    public boolean isManager() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    public boolean isStaff() {
        return isManager() || role == Role.STAFF;
    }

    public boolean isVendor() {
        return role == Role.VENDOR;
    }
}
