package dev.shopfloor.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call an endpoint. Every controller method carries exactly one of these; {@code RoleMatrixIntegrationTests}
 * checks that none is missing. VENDOR users are further narrowed to their own vendor's rows by the services and by RLS.
 */
public final class Access {

    private Access() {}

    /** Any signed-in role, VIEWER included. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','STAFF','VENDOR','VIEWER')")
    public @interface Read {}

    /** Any signed-in role but VENDOR: data a vendor has no business seeing (customers, users, audit). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','STAFF','VIEWER')")
    public @interface StaffRead {}

    /** Day-to-day edits: ADMIN, MANAGER, STAFF. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','STAFF')")
    public @interface Write {}

    /** Day-to-day edits that a VENDOR may also make on its own rows (catalog items, stock). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','STAFF','VENDOR')")
    public @interface VendorWrite {}

    /** Decisions: ADMIN, MANAGER (deletes of master data, price overrides, capacity overrides). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public @interface Manage {}

    /** Users, vendors, stores and settings: ADMIN only. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admin {}

    /** No sign-in: login, the public storefront catalog. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("permitAll()")
    public @interface Public {}
}
