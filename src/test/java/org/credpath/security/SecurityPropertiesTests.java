package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SecurityPropertiesTests {

    private static SecurityProperties of(String mode, String issuer) {
        return new SecurityProperties(mode, issuer, null, null, "roles", "learner_id", "sub", Duration.ofHours(1));
    }

    @Test
    void runsLocallyUnlessAnIssuerIsConfigured() {
        assertThat(of(null, null).effectiveMode()).isEqualTo(SecurityProperties.Mode.LOCAL);
        assertThat(of(null, "https://kc.example.org/realms/credpath").effectiveMode()).isEqualTo(SecurityProperties.Mode.OIDC);
        assertThat(of("OIDC", "https://kc.example.org/realms/credpath").effectiveMode()).isEqualTo(SecurityProperties.Mode.OIDC);
        assertThat(of("local", " ").effectiveMode()).isEqualTo(SecurityProperties.Mode.LOCAL);
    }

    @Test
    void refusesContradictoryOrIncompleteModes() {
        assertThatThrownBy(() -> of("local", "https://kc.example.org/realms/credpath").effectiveMode())
                .hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> of("oidc", null).effectiveMode()).hasMessageContaining("needs credpath.security.issuer-uri");
        assertThatThrownBy(() -> of("ldap", null).effectiveMode()).hasMessageContaining("local or oidc");
    }
}
