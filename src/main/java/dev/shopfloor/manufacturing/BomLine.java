package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.util.UUID;

/** What one unit of an item consumes of a material, and at which stage. */
public record BomLine(UUID id, String materialSku, BigDecimal quantityPerUnit, String stage) {}
