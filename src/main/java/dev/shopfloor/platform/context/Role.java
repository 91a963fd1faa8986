package dev.shopfloor.platform.context;

/** What a user may do. SYSTEM is the background jobs' actor and never signs in. */
public enum Role {
    ADMIN,
    MANAGER,
    STAFF,
    VENDOR,
    VIEWER,
    SYSTEM
}
