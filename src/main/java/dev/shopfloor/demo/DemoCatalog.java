package dev.shopfloor.demo;

import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/** The demo catalog's shape (category tree, sports, fabrics) and its items; the same seed gives the same items. */
final class DemoCatalog {

    /** Top-level categories and their sub-categories: 6 + 24 = 30. */
    static final Map<String, List<String>> CATEGORIES = categories();

    static final List<String> SPORTS = List.of(
            "Football",
            "Basketball",
            "Running",
            "Cycling",
            "Tennis",
            "Rugby",
            "Volleyball",
            "Hockey",
            "Baseball",
            "Swimming",
            "Training",
            "Hiking");

    record FabricSpec(String name, String composition, int weightGsm) {}

    static final List<FabricSpec> FABRICS = List.of(
            new FabricSpec("Polyester Mesh", "100% polyester", 140),
            new FabricSpec("Performance Knit", "88% polyester, 12% elastane", 160),
            new FabricSpec("Merino Wool", "100% merino wool", 190),
            new FabricSpec("Cotton Jersey", "100% combed cotton", 180),
            new FabricSpec("Nylon Ripstop", "100% nylon", 90),
            new FabricSpec("Spandex Blend", "78% nylon, 22% spandex", 210),
            new FabricSpec("Recycled Polyester", "100% recycled polyester", 150),
            new FabricSpec("Bamboo Viscose", "95% bamboo viscose, 5% elastane", 170),
            new FabricSpec("Softshell", "94% polyester, 6% elastane, bonded fleece", 320),
            new FabricSpec("Waterproof Membrane", "3-layer nylon with PU membrane", 130));

    private static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    private static final List<String> SHOE_SIZES = List.of("38", "39", "40", "41", "42", "43", "44", "45", "46");
    private static final List<String> COLORS =
            List.of("Black", "White", "Navy", "Red", "Royal Blue", "Forest Green", "Grey", "Orange", "Yellow");

    /** Ids the items refer to, as created in the database. */
    record References(Map<String, UUID> subCategories, List<UUID> sports, List<UUID> fabrics, List<UUID> vendors) {}

    private final Random random;
    private final Faker faker;

    DemoCatalog(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.US, new Random(seed + 1));
    }

    List<ItemInput> items(int count, References refs) {
        List<String> categoryNames = List.copyOf(refs.subCategories().keySet());
        List<ItemInput> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String category = categoryNames.get(random.nextInt(categoryNames.size()));
            items.add(item(i, category, refs));
        }
        return items;
    }

    private ItemInput item(int index, String category, References refs) {
        boolean custom = parentOf(category).equals("Custom Team Wear");
        boolean footwear = parentOf(category).equals("Footwear");
        String sku = "SF-" + code(category) + "-" + String.format(Locale.ROOT, "%05d", index);
        String name = faker.commerce().productName() + " " + singular(category);
        BigDecimal price = BigDecimal.valueOf(5 + random.nextInt(custom ? 120 : 220))
                .add(BigDecimal.valueOf(random.nextInt(100), 2))
                .setScale(2, RoundingMode.HALF_UP);
        return new ItemInput(
                sku,
                DemoCustomers.truncate(name, 300),
                faker.lorem().paragraph(3),
                price,
                "USD",
                random.nextInt(10) < 8 ? "published" : (random.nextBoolean() ? "draft" : "archived"),
                custom ? "made_to_order" : "stock",
                null,
                refs.subCategories().get(category),
                some(refs.sports(), 1 + random.nextInt(2)),
                footwear || parentOf(category).equals("Equipment") ? List.of() : some(refs.fabrics(), 1),
                refs.vendors().get(random.nextInt(refs.vendors().size())),
                specs(custom, footwear),
                variants(sku, footwear, price),
                null);
    }

    private List<VariantInput> variants(String sku, boolean footwear, BigDecimal price) {
        List<String> sizes = footwear ? SHOE_SIZES : SIZES;
        int from = random.nextInt(2);
        int sizeCount = 3 + random.nextInt(sizes.size() - 3 - from + 1);
        List<String> colors = some(COLORS, 1 + random.nextInt(2));
        List<VariantInput> variants = new ArrayList<>();
        for (String color : colors) {
            for (String size : sizes.subList(from, from + sizeCount)) {
                BigDecimal variantPrice = size.equals("XXL") ? price.add(BigDecimal.valueOf(3)) : null;
                variants.add(new VariantInput(null, sku + "-" + code(color) + "-" + size, size, color, variantPrice));
            }
        }
        return variants;
    }

    private Map<String, Object> specs(boolean custom, boolean footwear) {
        Map<String, Object> specs = new LinkedHashMap<>();
        specs.put("weightGrams", 80 + random.nextInt(900));
        specs.put("origin", faker.address().country());
        if (custom) {
            specs.put("printMethod", random.nextBoolean() ? "sublimation" : "screen print");
            specs.put("minimumOrder", 5 + random.nextInt(20));
            specs.put("leadTimeDays", 10 + random.nextInt(20));
        }
        if (footwear) {
            specs.put("drop", 4 + random.nextInt(8) + " mm");
            specs.put("waterproof", random.nextBoolean());
        }
        return specs;
    }

    private <T> List<T> some(List<T> values, int count) {
        List<T> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, values.size())) {
            T value = values.get(random.nextInt(values.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    static String parentOf(String subCategory) {
        return CATEGORIES.entrySet().stream()
                .filter(e -> e.getValue().contains(subCategory))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static String code(String name) {
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return letters.substring(0, Math.min(3, letters.length()));
    }

    private static String singular(String category) {
        return category.endsWith("s") && !category.endsWith("ss")
                ? category.substring(0, category.length() - 1)
                : category;
    }

    private static Map<String, List<String>> categories() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        tree.put("Apparel", List.of("Jerseys", "Shorts", "Jackets", "Base Layers", "Hoodies"));
        tree.put("Footwear", List.of("Running Shoes", "Court Shoes", "Trail Shoes", "Cleats"));
        tree.put("Equipment", List.of("Balls", "Protective Gear", "Bags", "Bottles"));
        tree.put("Parts", List.of("Laces", "Insoles", "Studs"));
        tree.put("Custom Team Wear", List.of("Football Kits", "Basketball Uniforms", "Cycling Kits", "Rugby Jerseys"));
        tree.put("Accessories", List.of("Caps", "Headbands", "Gloves", "Socks"));
        return tree;
    }
}
