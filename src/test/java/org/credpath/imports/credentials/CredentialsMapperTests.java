package org.credpath.imports.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.JsonFiles;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.support.EscoSkillLabels;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Open Badges 3.0 and ELM examples (../shared/data/credential-examples), read and mapped against the full ESCO v1.1.1 skills. */
class CredentialsMapperTests {

    static LabelResolver esco;

    @BeforeAll
    static void skills() {
        esco = new LabelResolver(EscoSkillLabels.read(SharedData.require("esco-v1.1.1")));
    }

    static List<IssuedCredential> read(Path source) {
        var files = JsonFiles.read(source, source.toString(), "a credential", ImportProgress.NONE);
        var problems = new ArrayList<CatalogProblem>();
        var warnings = new ArrayList<String>();
        var issued = new ArrayList<IssuedCredential>();
        for (var file : files.files()) {
            if (Ob3Reader.reads(file.root())) {
                var one = Ob3Reader.read(file, problems, warnings);
                if (one != null) {
                    issued.add(one);
                }
            } else {
                issued.addAll(ElmReader.read(file, problems, warnings));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(source.toString(), problems);
        }
        return issued;
    }

    @Test
    void theOpenBadgeIsABadgeWithItsCreditsEscoAlignmentsAndHolder() {
        var mapping = new CredentialsMapper(esco, ids -> Map.of(), ids -> Set.of()).map(read(SharedData.require("credential-examples/mynextid-obv3-mc-example.json")));

        var badge = mapping.catalog().credentials().get(0);
        assertThat(mapping.catalog().credentials()).hasSize(1);
        assertThat(badge.id()).isEqualTo("urn:uuid:5300c688-6bfc-498a-a976-230af55b5ca6");
        assertThat(badge.title()).isEqualTo("Data Science Fundamentals");
        assertThat(badge.kind().value()).isEqualTo("badge");
        assertThat(badge.ects()).isEqualTo(5.0);
        assertThat(badge.eqfLevel()).isNull();
        assertThat(badge.code()).isEqualTo("DS-101-2024");
        assertThat(badge.language()).isEqualTo("en");
        assertThat(badge.provider()).isEqualTo("urn:uuid:df1eceb0-c36a-4613-b3d7-992c9ee66f5b");
        assertThat(badge.outcomes()).extracting(o -> o.skills()).containsExactly(
                List.of("http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4"),
                List.of("http://data.europa.eu/esco/skill/81a2db2c-7e55-44d0-9cd9-74c25147d7cd"));
        assertThat(mapping.catalog().providers()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("NETIS d.o.o."));
        assertThat(mapping.catalog().learners()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo("urn:uuid:754208fc-d60e-4977-897f-54f58ed54707");
            assertThat(l.earned()).containsExactly(new LearnerSpec.Holding(badge.id(), LocalDate.of(2026, 1, 12), null, false));
        });
        assertThat(mapping.warnings()).contains("mynextid-obv3-mc-example.json: Open Badges 3.0 calls 'Data Science Fundamentals' a "
                + "micro-credential, but it states no eqfLevel, participation, qualityAssurance, durationWeeks, price, access (elements "
                + "the EU Council Recommendation 2022/C 243/02 requires of one): stored as a badge");
    }

    @Test
    void theElmCredentialIsACertificateWithEctsEqfOutcomesResolvedByLabelAndHolder() {
        var mapping = new CredentialsMapper(esco, ids -> Map.of(), ids -> Set.of()).map(read(SharedData.require("credential-examples/mynextid-edc-elm-mc-example.json")));

        var certificate = mapping.catalog().credentials().get(0);
        assertThat(mapping.catalog().credentials()).hasSize(1);
        assertThat(certificate.id()).isEqualTo("urn:credential:92cdd79b-fd53-4ad4-90e8-20db7e1b4675#qualification:1");
        assertThat(certificate.kind().value()).isEqualTo("certificate");
        assertThat(certificate.ects()).isEqualTo(5.0);
        assertThat(certificate.eqfLevel()).isEqualTo(6);
        assertThat(certificate.language()).isEqualTo("en");
        assertThat(certificate.participation()).isEqualTo("online");
        assertThat(certificate.assessment()).isEqualTo("Written Exam");
        // ELM names ESCO skills by label under document-local ids: three of four labels are ESCO preferred labels
        assertThat(certificate.outcomes()).extracting(o -> o.skills()).containsExactly(
                List.of("http://data.europa.eu/esco/skill/61cd9f3c-6628-4913-9f3e-459c380e7c92"),
                List.of("http://data.europa.eu/esco/skill/1d1fedcb-4995-44ac-90f5-f31a157ce512",
                        "http://data.europa.eu/esco/skill/f880919b-fc27-42c4-844f-5c11c5f7b52a"));
        assertThat(mapping.warnings()).anyMatch(w -> w.endsWith("relatedESCOSkill[0]: skill 'Game theory' is not in the database and its "
                + "label names no skill; left out"));
        assertThat(mapping.catalog().providers()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("NETIS d.o.o.");
            assertThat(p.country()).isEqualTo("SI");
        });
        assertThat(mapping.catalog().learners()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo("mailto:recipient@example.com");
            assertThat(l.name()).isEqualTo("Joe Doe");
            assertThat(l.earned()).containsExactly(new LearnerSpec.Holding(certificate.id(), LocalDate.of(2025, 11, 5), "19", false));
        });
    }

    @Test
    void anIssuedCredentialIsAddedToWhatTheHolderAlreadyHolds() {
        var stored = new LearnerSpec("mailto:recipient@example.com", "Joe", List.of(
                new LearnerSpec.Holding("earlier", LocalDate.of(2024, 1, 1), "A", true)),
                List.of(new LearnerSpec.PriorSkill("http://data.europa.eu/esco/skill/x", "self-declared")),
                List.of(new LearnerSpec.Goal("http://data.europa.eu/esco/occupation/y", null)));
        var mapping = new CredentialsMapper(esco, ids -> Map.of(stored.id(), stored), ids -> Set.of())
                .map(read(SharedData.require("credential-examples/mynextid-edc-elm-mc-example.json")));

        assertThat(mapping.catalog().learners()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Joe");
            assertThat(l.earned()).extracting(h -> h.credential())
                    .containsExactly("earlier", "urn:credential:92cdd79b-fd53-4ad4-90e8-20db7e1b4675#qualification:1");
            assertThat(l.skills()).isEqualTo(stored.skills());
            assertThat(l.goals()).isEqualTo(stored.goals());
        });
    }

    @Test
    void anAchievementWithoutNameIsRefusedNamingFileAndPath(@TempDir Path folder) throws IOException {
        var file = folder.resolve("badge.json");
        Files.writeString(file, """
                {"type": ["VerifiableCredential", "OpenBadgeCredential"], "id": "urn:uuid:1",
                 "credentialSubject": {"id": "urn:uuid:2", "achievement": {"id": "urn:uuid:3", "type": ["Achievement"]}}}
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("badge.json: credentialSubject.achievement.name");
                    assertThat(p.message()).startsWith("is required");
                }));
    }

    @Test
    void anElmCredentialWithoutSubjectIsRefusedNamingFileAndPath(@TempDir Path folder) throws IOException {
        var file = folder.resolve("edc.json");
        Files.writeString(file, "{\"type\": [\"VerifiableCredential\", \"EuropeanDigitalCredential\"], \"id\": \"urn:credential:1\"}");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("edc.json: credentialSubject")));
    }
}
