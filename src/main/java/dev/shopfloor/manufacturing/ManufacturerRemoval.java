package dev.shopfloor.manufacturing;

/** What a delete did: removed the manufacturer, or deactivated it because tasks still refer to it. */
public enum ManufacturerRemoval {
    DELETED,
    DEACTIVATED
}
