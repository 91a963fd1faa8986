package dev.shopfloor.partners;

import dev.shopfloor.partners.internal.InvalidInput;
import dev.shopfloor.partners.internal.UserRepository;
import dev.shopfloor.partners.internal.UserRepository.StoredUser;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into the partners module for sign-in and user accounts. */
@Service
public class Users {

    static final int MIN_PASSWORD_LENGTH = 10;
    // BCrypt only reads the first 72 bytes; longer passwords would be silently truncated.
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final Vendors vendors;
    private final Stores stores;
    private final PasswordEncoder passwords;
    // Compared when the email is unknown, so that a wrong email costs as much time as a wrong password.
    private final String dummyHash;

    Users(UserRepository users, Vendors vendors, Stores stores, PasswordEncoder passwords) {
        this.users = users;
        this.vendors = vendors;
        this.stores = stores;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The actor for these credentials, if they are right and the account is active. */
    @Transactional(readOnly = true)
    public Optional<SignedIn> authenticate(String email, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.empty();
        }
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
        return register(new NewUser(email, password, role, vendorId, storeIds, null))
                .id();
    }

    /**
     * Creates an account: 400 when the role, vendor, stores or password break the rules, 409 {@code
     * duplicate_email} when the email is taken in any letter case.
     */
    @Transactional
    public User register(NewUser user) {
        checkPassword(user.password());
        checkAccess(user.role(), user.vendorId(), user.storeIds());
        UUID id = Ids.newId();
        try {
            users.insert(
                    id,
                    user.email().strip(),
                    passwords.encode(user.password()),
                    user.name(),
                    user.role(),
                    user.vendorId(),
                    user.storeIds());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate_email", "an account with this email already exists");
        }
        return get(id);
    }

    /** The user, if the account exists (active or not). */
    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return users.findById(id).map(Users::view);
    }

    @Transactional(readOnly = true)
    public User get(UUID id) {
        return users.findById(id).map(Users::view).orElseThrow(() -> ApiException.notFound("user", id));
    }

    @Transactional(readOnly = true)
    public Page<User> list(
            @Nullable String q, @Nullable Role role, @Nullable Boolean active, @Nullable String cursor, int limit) {
        return Page.of(users.list(q, role, active, Cursor.after(cursor), limit + 1), limit, u -> Cursor.of(u.id()))
                .map(Users::view);
    }

    /** Changes an account; an admin cannot take away their own ADMIN role or deactivate themselves. */
    @Transactional
    public User update(UUID id, UserChanges changes, ExpectedVersion expected) {
        if (changes.password() != null) {
            checkPassword(changes.password());
        }
        checkAccess(changes.role(), changes.vendorId(), changes.storeIds() == null ? List.of() : changes.storeIds());
        if (isSelf(id) && (changes.role() != Role.ADMIN || Boolean.FALSE.equals(changes.active()))) {
            throw ownAccess();
        }
        String hash = changes.password() == null ? null : passwords.encode(changes.password());
        return users.update(
                        id,
                        changes.role(),
                        changes.vendorId(),
                        changes.storeIds(),
                        changes.name(),
                        changes.active(),
                        hash,
                        expected.value())
                .map(Users::view)
                .orElseThrow(() -> refusal(id, expected));
    }

    /**
     * Deactivates an account instead of deleting it: the change log and audit trail keep pointing at the
     * user, and a deactivated user can no longer sign in.
     */
    @Transactional
    public void deactivate(UUID id, ExpectedVersion expected) {
        if (isSelf(id)) {
            throw ownAccess();
        }
        if (!users.deactivate(id, expected.value())) {
            throw refusal(id, expected);
        }
    }

    private void checkAccess(Role role, @Nullable UUID vendorId, List<UUID> storeIds) {
        if (role == Role.SYSTEM) {
            throw InvalidInput.field("role", "must be one of ADMIN, MANAGER, STAFF, VENDOR, VIEWER");
        }
        if (role == Role.VENDOR && vendorId == null) {
            throw InvalidInput.field("vendorId", "is required for a VENDOR user");
        }
        if (role != Role.VENDOR && vendorId != null) {
            throw InvalidInput.field("vendorId", "only VENDOR users belong to a vendor");
        }
        if (vendorId != null && !vendors.exists(vendorId)) {
            throw InvalidInput.field("vendorId", "names no vendor");
        }
        Set<UUID> missing = stores.missing(storeIds);
        if (!missing.isEmpty()) {
            throw InvalidInput.field("storeIds", "name no store: " + missing);
        }
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInput.field("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw InvalidInput.field("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    private static boolean isSelf(UUID id) {
        return id.equals(CurrentActor.get().userId());
    }

    private static ApiException ownAccess() {
        return ApiException.unprocessable(
                "own_access", "you cannot deactivate your own account or take away your own ADMIN role");
    }

    private ApiException refusal(UUID id, ExpectedVersion expected) {
        return users.findById(id).isPresent() ? expected.stale("user", id) : ApiException.notFound("user", id);
    }

    private static User view(StoredUser u) {
        return new User(
                u.id(),
                u.email(),
                u.name(),
                u.role(),
                u.vendorId(),
                u.storeIds(),
                u.active(),
                u.version(),
                u.createdAt(),
                u.updatedAt());
    }

    public record SignedIn(Actor actor, String email) {}
}
