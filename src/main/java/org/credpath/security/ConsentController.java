package org.credpath.security;

import java.util.List;

import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A learner grants and revokes access to their record; only they (or an admin) may (the path rule {@link Access#OWN}). */
@RestController
@RequestMapping("/api/learners/{id}/consents")
@Tag(name = "Consent", description = "Who a learner lets see their record (employers) or see and plan for it (advisers)")
class ConsentController {

    private final Consents consents;

    ConsentController(Consents consents) {
        this.consents = consents;
    }

    record ConsentRequest(String grantee, String role) {
    }

    @GetMapping
    @Operation(summary = "The accounts the learner granted access, with role and date")
    List<Consents.Consent> list(@PathVariable String id) {
        return consents.of(id).orElseThrow(() -> new NotFoundException("learner", id));
    }

    @PostMapping
    @Operation(summary = "Grant an adviser (view and plan) or an employer (view) access",
            description = "Body {grantee, role: ADVISER|EMPLOYER}; grantee is the account's id as its token names it (the principal "
                    + "claim, 'sub' by default). 201 when new, 200 when it was already granted.")
    ResponseEntity<Consents.Consent> grant(@PathVariable String id, @RequestBody ConsentRequest request) {
        var grantee = Ids.check("grantee", request.grantee(), true);
        var role = role(request.role(), true);
        var granted = consents.grant(id, grantee, role).orElseThrow(() -> new NotFoundException("learner", id));
        return ResponseEntity.status(granted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(granted.consent());
    }

    @DeleteMapping
    @Operation(summary = "Revoke a grant at once (all the grantee's roles when role is absent)")
    ResponseEntity<Void> revoke(@PathVariable String id, @RequestParam String grantee, @RequestParam(required = false) String role) {
        if (!consents.revoke(id, Ids.check("grantee", grantee, true), role(role, false))) {
            throw new NotFoundException("learner", id);
        }
        return ResponseEntity.noContent().build();
    }

    private static Role role(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BadRequestException("role", "is required");
            }
            return null;
        }
        return Role.named(value).filter(r -> r == Role.ADVISER || r == Role.EMPLOYER)
                .orElseThrow(() -> new BadRequestException("role", "'" + value + "' is not one of ADVISER, EMPLOYER"));
    }
}
