package dev.shopfloor.manufacturing;

import java.math.BigDecimal;

/** A bill-of-materials line to store. */
public record BomLineInput(String materialSku, BigDecimal quantityPerUnit, String stage) {}
