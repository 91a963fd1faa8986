package dev.shopfloor.manufacturing;

import java.util.List;

/** A task's cost lines, oldest first, and their totals per currency. */
public record CostSheet(List<CostLine> lines, List<CostTotal> totals) {}
