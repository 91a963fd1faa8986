package dev.shopfloor.partners.internal;

import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.security.SecurityProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The first admin comes from configuration (SHOPFLOOR_ADMIN_EMAIL / SHOPFLOOR_ADMIN_PASSWORD). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private final Users users;
    private final SecurityProperties props;

    AdminBootstrap(Users users, SecurityProperties props) {
        this.users = users;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(
                Actor.system("bootstrap"), () -> users.ensureAdmin(props.adminEmail(), props.adminPassword()));
    }
}
