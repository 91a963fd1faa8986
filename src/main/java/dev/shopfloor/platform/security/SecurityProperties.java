package dev.shopfloor.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwtSecret HMAC key for access tokens (32+ bytes); empty means a random key per process, which
 *     only suits a single node: tokens then die with the process
 */
@ConfigurationProperties("shopfloor.security")
public record SecurityProperties(String adminEmail, String adminPassword, String jwtSecret, Duration tokenTtl) {}
