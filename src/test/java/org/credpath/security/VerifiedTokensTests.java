package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class VerifiedTokensTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** A verifier that accepts tokens named "good-*" (expiring at NOW + 10 min) and counts its calls. */
    static final class CountingVerifier implements JwtDecoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            if (!token.startsWith("good-")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                    .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(10))).build();
        }
    }

    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    @DisplayName("A token is verified once and then served from memory")
    void verifiesEachTokenOnce() {
        var verifier = new CountingVerifier();
        var tokens = new VerifiedTokens(verifier, new MovableClock(), Duration.ofMinutes(5), 100);

        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-b").getSubject()).isEqualTo("good-b");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    @DisplayName("A rejected token is never kept: every attempt is verified and refused")
    void neverKeepsARejectedToken() {
        var verifier = new CountingVerifier();
        var tokens = new VerifiedTokens(verifier, new MovableClock(), Duration.ofMinutes(5), 100);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(JwtException.class);
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    @DisplayName("A kept token stops working when it expires (beyond the usual 60 s clock skew)")
    void refusesAKeptTokenOnceExpired() {
        var verifier = new CountingVerifier();
        var clock = new MovableClock();
        var tokens = new VerifiedTokens(verifier, clock, Duration.ofHours(1), 100);
        tokens.decode("good-a");

        clock.now = NOW.plus(Duration.ofMinutes(10)).plusSeconds(61);

        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }
}
