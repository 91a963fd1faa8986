package dev.shopfloor.platform.security;

import dev.shopfloor.platform.context.Actor;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs access tokens (HS256) carrying the actor: subject, role, vendor and stores. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final SecurityProperties props;

    TokenIssuer(JwtEncoder encoder, SecurityProperties props) {
        this.encoder = encoder;
        this.props = props;
    }

    public AccessToken issue(Actor actor, String email) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("shopfloor")
                .subject(actor.id())
                .issuedAt(now)
                .expiresAt(now.plus(props.tokenTtl()))
                .claim("email", email)
                .claim("role", actor.role().name())
                .claim("storeIds", actor.storeIds().stream().map(UUID::toString).toList());
        if (actor.vendorId() != null) {
            claims.claim("vendorId", actor.vendorId().toString());
        }
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new AccessToken(token, props.tokenTtl().toSeconds());
    }

    public record AccessToken(String value, long expiresInSeconds) {}
}
