package dev.shopfloor.demo;

import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.manufacturing.ManufacturerInput;
import dev.shopfloor.orders.NewOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo manufacturing, from a seed: an in-house line and an outside print shop, and made-to-order orders whose
 * production tasks stand at every point of the path, from a design still in draft to shipped.
 */
final class DemoProduction {

    /** How far a demo order's production goes. */
    enum Progress {
        DESIGN_DRAFT,
        DESIGN_IN_REVIEW,
        ASSIGNED,
        CUTTING,
        PRINTING,
        SEWING,
        AT_QC,
        REWORKED,
        PACKING,
        DONE,
        SHIPPED
    }

    /** What is done to each production task of a job taking it to {@code progress}: stage moves and QC checks. */
    static List<String> steps(Progress progress) {
        List<String> path = List.of("cutting", "printing", "sewing", "qc", QC_FAIL, "qc", QC_PASS, "done");
        return switch (progress) {
            case DESIGN_DRAFT, DESIGN_IN_REVIEW, ASSIGNED -> List.of();
            case CUTTING -> path.subList(0, 1);
            case PRINTING -> path.subList(0, 2);
            case SEWING -> path.subList(0, 3);
            case AT_QC -> path.subList(0, 4);
            case REWORKED -> path.subList(0, 5);
            case PACKING -> path.subList(0, 7);
            case DONE, SHIPPED -> path;
        };
    }

    static final String QC_FAIL = "qc-fail";
    static final String QC_PASS = "qc-pass";

    /** A made-to-order order to place, and how far to take it. */
    record DemoJob(NewOrder order, Progress progress) {}

    static List<ManufacturerInput> manufacturers(UUID workshop) {
        return List.of(
                new ManufacturerInput(
                        "Shopfloor Line 1",
                        "in_house",
                        200,
                        0,
                        "Mia Novak",
                        "line1@shopfloor.local",
                        "+44 20 7946 0101",
                        workshop,
                        "Cutting, sublimation printing and sewing in the main warehouse.",
                        true),
                new ManufacturerInput(
                        "PrintWorks Ltd",
                        "outside",
                        500,
                        3,
                        "Ravi Patel",
                        "orders@printworks.example",
                        "+44 161 496 0202",
                        workshop,
                        "Screen printing for large team runs.",
                        true));
    }

    private final Random random;

    DemoProduction(long seed) {
        this.random = new Random(seed ^ 0x3A4L);
    }

    /** The published made-to-order SKUs: each item's variants, or the item itself when it has none. */
    static List<String> madeToOrderSkus(List<ItemInput> items) {
        List<String> skus = new ArrayList<>();
        for (ItemInput item : items) {
            if (!"made_to_order".equals(item.fulfillment()) || !"published".equals(item.status())) {
                continue;
            }
            if (item.variants() == null || item.variants().isEmpty()) {
                skus.add(item.sku());
            } else {
                item.variants().forEach(v -> skus.add(v.sku()));
            }
        }
        return skus;
    }

    /** {@code count} orders of 1 or 2 made-to-order lines (team sizes), spread over every {@link Progress}. */
    List<DemoJob> jobs(int count, List<String> skus, List<UUID> customers) {
        List<DemoJob> jobs = new ArrayList<>();
        if (skus.isEmpty()) {
            return jobs;
        }
        Progress[] progress = Progress.values();
        for (int i = 0; i < count; i++) {
            List<NewOrder.NewLine> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(2);
            while (lines.size() < lineCount) {
                String sku = skus.get(random.nextInt(skus.size()));
                if (lines.stream().noneMatch(l -> l.sku().equals(sku))) {
                    lines.add(new NewOrder.NewLine(sku, 5 + random.nextInt(20), null));
                }
            }
            NewOrder order = new NewOrder(
                    customers.get(random.nextInt(customers.size())), null, null, false, lines, null, null, null);
            jobs.add(new DemoJob(order, progress[i % progress.length]));
        }
        return jobs;
    }
}
