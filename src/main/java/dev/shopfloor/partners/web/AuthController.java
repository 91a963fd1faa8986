package dev.shopfloor.partners.web;

import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.security.TokenIssuer;
import dev.shopfloor.platform.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final Users users;
    private final TokenIssuer tokens;

    AuthController(Users users, TokenIssuer tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @PostMapping("/login")
    @Access.Public
    LoginResponse login(@Valid @RequestBody LoginRequest request) {
        var signedIn = users.authenticate(request.email(), request.password())
                .orElseThrow(() ->
                        new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "email or password is wrong"));
        var token = tokens.issue(signedIn.actor(), signedIn.email());
        var actor = signedIn.actor();
        return new LoginResponse(
                token.value(),
                "Bearer",
                token.expiresInSeconds(),
                new LoginResponse.User(
                        UUID.fromString(actor.id()),
                        signedIn.email(),
                        actor.role().name()));
    }

    record LoginRequest(@NotBlank String email, @NotBlank String password) {}

    record LoginResponse(String accessToken, String tokenType, long expiresIn, User user) {
        record User(UUID id, String email, String role) {}
    }
}
