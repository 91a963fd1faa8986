package dev.shopfloor.testing;

import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every integration test: the whole app on a random port over real HTTP, backed by the embedded
 * PostgreSQL (one server per test JVM, shared through Spring's context cache). Tests never clean the
 * database; they make their own uniquely named data ({@link #unique}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "admin-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Users users;

    private @Nullable Api admin;

    protected Api anonymous() {
        return new Api(port, null);
    }

    protected Api admin() {
        if (admin == null) {
            admin = anonymous().signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return admin;
    }

    /** A freshly created user of this role, signed in. */
    protected Api as(Role role) {
        return as(role, null);
    }

    protected Api as(Role role, @Nullable UUID vendorId) {
        String email = unique(role.name().toLowerCase()) + "@test.local";
        CurrentActor.runAs(
                Actor.system("test"), () -> users.create(email, "password-" + role, role, vendorId, List.of()));
        return anonymous().signedIn(email, "password-" + role);
    }

    /** A value no other test uses: tests share one database. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
