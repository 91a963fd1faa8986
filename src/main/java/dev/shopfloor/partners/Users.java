package dev.shopfloor.partners;

import dev.shopfloor.partners.internal.UserRepository;
import dev.shopfloor.partners.internal.UserRepository.StoredUser;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into the partners module for sign-in and user accounts. */
@Service
public class Users {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    // Compared when the email is unknown, so that a wrong email costs as much time as a wrong password.
    private final String dummyHash;

    Users(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The actor for these credentials, if they are right and the account is active. */
    @Transactional(readOnly = true)
    public Optional<SignedIn> authenticate(String email, String password) {
        Optional<StoredUser> user = users.findByEmail(email);
        String hash = user.map(StoredUser::passwordHash).orElse(dummyHash);
        boolean matches = passwords.matches(password, hash);
        return user.filter(u -> matches && u.active())
                .map(u -> new SignedIn(Actor.user(u.id(), u.role(), u.vendorId(), u.storeIds()), u.email()));
    }

    /** Creates the configured first admin when no account has that email yet. */
    @Transactional
    public void ensureAdmin(String email, String password) {
        if (users.findByEmail(email).isEmpty()) {
            users.insert(Ids.newId(), email, passwords.encode(password), "Administrator", Role.ADMIN, null, List.of());
        }
    }

    /** Creates an account; a VENDOR account must name its vendor. */
    @Transactional
    public UUID create(String email, String password, Role role, @Nullable UUID vendorId, List<UUID> storeIds) {
        UUID id = Ids.newId();
        users.insert(id, email, passwords.encode(password), null, role, vendorId, storeIds);
        return id;
    }

    public record SignedIn(Actor actor, String email) {}
}
