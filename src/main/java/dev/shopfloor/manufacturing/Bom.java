package dev.shopfloor.manufacturing;

import java.util.List;
import java.util.UUID;

/** An item's bill of materials, copied (scaled) onto every production task made for it. */
public record Bom(UUID itemId, List<BomLine> lines) {}
