package org.credpath.security;

import java.util.Arrays;

import org.credpath.web.BadRequestException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Development tokens of the local mode; absent in production (oidc) mode. */
@RestController
@Conditional(LocalMode.class)
@ConditionalOnWebApplication
@Tag(name = "Development", description = "Local mode only, not for production: tokens the service signs itself")
class DevTokenController {

    private final LocalTokens tokens;

    DevTokenController(LocalTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code learner} only matters for a LEARNER: the learner the token speaks for (default: the subject). */
    record TokenRequest(String subject, String role, String learner) {
    }

    @PostMapping("/api/dev/token")
    @Operation(summary = "Sign a token for any subject and role (LOCAL MODE ONLY, NOT FOR PRODUCTION)",
            description = "Body {subject, role: LEARNER|ADVISER|EMPLOYER|ADMIN, learner?}. Send the access_token as "
                    + "'Authorization: Bearer <token>'. Tokens last credpath.security.local-token-lifetime and die with the process.")
    LocalTokens.IssuedToken token(@RequestBody TokenRequest request) {
        var subject = Ids.check("subject", request.subject(), true);
        var role = Role.named(request.role()).orElseThrow(() -> new BadRequestException("role",
                "must be one of " + Arrays.toString(Role.values())));
        return tokens.issue(subject, role, Ids.check("learner", request.learner(), false));
    }

    /** The bare token for {@code Accept: text/plain}, so a shell takes it without a JSON tool: {@code TOKEN=$(curl ...)}. */
    @PostMapping(value = "/api/dev/token", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The same token as plain text (LOCAL MODE ONLY, NOT FOR PRODUCTION)",
            description = "With 'Accept: text/plain' the answer is the access token alone, for shell scripts.")
    String plainToken(@RequestBody TokenRequest request) {
        return token(request).accessToken();
    }
}
