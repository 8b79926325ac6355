package org.credpath.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small credential files the browser uploads: written to a temporary folder, deleted when the JVM exits. */
final class Documents {

    private Documents() {
    }

    static Path write(String name, String content) throws IOException {
        var folder = Files.createTempDirectory("credpath-webapp-");
        var file = folder.resolve(name);
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return file;
    }

    /** An Open Badges 3.0 credential issued for the achievement {@code id}. */
    static String badge(String id, String name) {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "type": ["VerifiableCredential", "OpenBadgeCredential"], "id": "urn:uuid:webapp-%s",
                 "issuer": {"id": "hh", "type": ["Profile"], "name": "Haaga-Helia"},
                 "awardedDate": "2025-06-13T00:00:00Z",
                 "credentialSubject": {"id": "did:example:somebody", "type": ["AchievementSubject"],
                   "achievement": {"id": "%s", "type": ["Achievement"], "name": "%s"}}}
                """.formatted(id.replaceAll("[^a-z0-9-]", "-"), id, name);
    }

    /** An Open Badges 3.0 achievement (a description, issued to nobody): the admin's import adds it to the catalog. */
    static String achievement() {
        return """
                {"type": ["Achievement"], "id": "urn:credpath-test:webapp-import-badge", "name": "Web app import test badge",
                 "description": "Imported by the web app's browser test.",
                 "creator": {"id": "credpath-test-issuer", "type": ["Profile"], "name": "credpath browser test"}}
                """;
    }
}
