package dev.shopfloor.dashboard;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An amount in one currency. Money figures are lists of these, one per currency, ordered by currency. */
public record Money(String currency, BigDecimal amount) {

    /** Zips the parallel arrays {@code array_agg(currency)} and {@code array_agg(amount)}; null arrays: none. */
    public static List<Money> zip(@Nullable Array currencies, @Nullable Array amounts) throws SQLException {
        if (currencies == null || amounts == null) {
            return List.of();
        }
        Object[] codes = (Object[]) currencies.getArray();
        Object[] values = (Object[]) amounts.getArray();
        List<Money> money = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            money.add(new Money(String.valueOf(codes[i]).trim(), (BigDecimal) values[i]));
        }
        return List.copyOf(money);
    }
}
