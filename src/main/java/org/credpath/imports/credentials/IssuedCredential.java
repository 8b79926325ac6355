package org.credpath.imports.credentials;

import java.time.LocalDate;
import java.util.List;

import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ProviderSpec;

/**
 * What one credential file describes, before its skills are resolved: the credential (its outcomes
 * still naming skills by URI and label), its awarding body, and, for an issued credential, its holder.
 * {@code declaredMicroCredential}: the source calls it a micro-credential.
 */
record IssuedCredential(String file, String format, CredentialSpec credential, ProviderSpec provider, List<Outcome> outcomes,
                        Holder holder, boolean declaredMicroCredential) {

    /** The provider of a credential that names no issuer or awarding body. */
    static final ProviderSpec UNSTATED = new ProviderSpec("credential-issuer-unstated", "Issuer not stated in the credential",
            null, "other", null);

    /** A learning outcome and the skills it names: an ESCO URI where the source gives one, and a label. */
    record Outcome(String id, String statement, List<SkillName> skills) {
    }

    record SkillName(String uri, String label, String where) {
    }

    /** The learner the credential was issued to, when it was, how it was graded. */
    record Holder(String id, String name, LocalDate date, String grade) {
    }
}
