package dev.shopfloor.inventory.internal;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the hold expiry job now instead of waiting for its schedule. */
public final class HoldExpiryRunner {

    private HoldExpiryRunner() {}

    public static void runNow(ApplicationContext context) {
        context.getBean(HoldExpiry.class).run();
    }
}
