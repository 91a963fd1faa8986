package dev.shopfloor.inventory;

import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 409 {@code insufficient_stock}, naming every line that is short and what is available for it. */
public class InsufficientStock extends ApiException {

    public record ShortLine(String sku, int requested, int available) {}

    private final List<ShortLine> lines;

    private InsufficientStock(List<ShortLine> lines) {
        super(
                HttpStatus.CONFLICT,
                "insufficient_stock",
                "not enough stock for " + lines.stream().map(ShortLine::sku).toList(),
                Map.of("lines", lines));
        this.lines = List.copyOf(lines);
    }

    public static InsufficientStock forLines(List<ShortLine> lines) {
        return new InsufficientStock(lines);
    }

    public List<ShortLine> lines() {
        return lines;
    }
}
