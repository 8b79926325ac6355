package org.credpath.imports.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.credpath.imports.esco.EscoFixture.uri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.esco.EscoFixture.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and checking an ESCO download, before any database is involved. */
class EscoReaderTests {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private EscoSource read(Path source) {
        var problems = new ImportProblems();
        var layout = EscoLayout.find(source, problems);
        problems.throwIfAny("fixture");
        var result = new EscoReader(layout, problems, ImportProgress.NONE, warnings).read();
        problems.throwIfAny("fixture");
        return result;
    }

    private List<CatalogProblem> problemsOf(Path source) {
        var thrown = catchThrowableOfType(CatalogRejectedException.class, () -> read(source));
        assertThat(thrown).as("the source is rejected").isNotNull();
        return thrown.problems();
    }

    @Test
    void readsSkillsWithTypeReuseLevelAltLabelsAndCollectionFlags() {
        var source = read(EscoFixture.write(folder, Layout.V11));

        assertThat(source.skills()).hasSize(4);
        var conduct = source.skills().get(uri("skill/conduct")).props();
        assertThat(conduct).containsEntry("label", "conduct musical performers")
                .containsEntry("skillType", "skill/competence")
                .containsEntry("reuseLevel", "sector-specific")
                .containsEntry("altLabels", List.of("direct musicians", "lead an orchestra", "conduct musical performers"))
                .containsEntry("description", "Direct musicians, \"with a baton\", during rehearsals.")
                .containsEntry("digital", false);
        assertThat(source.skills().get(uri("skill/spreadsheets")).props()).containsEntry("digital", true).containsEntry("green", false);
        assertThat(source.skills().get(uri("skill/french")).props()).containsEntry("transversal", true).containsEntry("language", true);
    }

    @Test
    void rejectsAConceptUriThatCouldNotBeAddressed() throws java.io.IOException {
        var source = EscoFixture.write(folder, Layout.V11);
        var skills = source.resolve("skills_en.csv");
        java.nio.file.Files.writeString(skills, java.nio.file.Files.readString(skills).replace(uri("skill/theory"), uri("skill/the\u0000ory")));

        assertThat(problemsOf(source)).anySatisfy(p -> assertThat(p.path()).startsWith("skills_en.csv: line 6, field conceptUri"))
                .anySatisfy(p -> assertThat(p.message()).contains("not a usable id"));
    }

    @Test
    void readsOccupationsWithIscoGroupCodeAndAltLabelsAcrossCrlfLines() {
        var occupation = read(EscoFixture.write(folder, Layout.V11)).occupations().get(uri("occupation/conductor")).props();

        assertThat(occupation).containsEntry("iscoGroup", "2652").containsEntry("code", "2652.3")
                .containsEntry("altLabels", List.of("conductor", "orchestra leader"));
    }

    @Test
    void takesSkillGroupsTheHierarchyAloneNames() {
        var groups = read(EscoFixture.write(folder, Layout.V11)).skillGroups();

        assertThat(groups).containsOnlyKeys(uri("group/arts"), uri("group/music"), uri("group/languages"));
        assertThat(groups.get(uri("group/languages")).props()).containsEntry("label", "languages").containsEntry("code", "S1.3");
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("skillsHierarchy_en.csv: 1 skill group(s)"));
    }

    @Test
    void readsRelationsOfBothLayoutsByHeaderName() {
        var v11 = read(EscoFixture.write(folder.resolve("v11"), Layout.V11));
        var v12 = read(EscoFixture.write(folder.resolve("v12"), Layout.V12));

        for (var source : List.of(v11, v12)) {
            assertThat(source.occupationSkillRelations()).extracting(Relation::to, Relation::essential).containsExactly(
                    tuple(uri("skill/conduct"), true),
                    tuple(uri("skill/theory"), false),
                    tuple(uri("skill/french"), false));
            assertThat(source.skillSkillRelations()).hasSize(1);
            assertThat(source.broaderRelations()).hasSize(6);
        }
    }

    @Test
    void detectsTheDownloadLayoutFromTheRelationFileNames() {
        var problems = new ImportProblems();

        assertThat(EscoLayout.find(EscoFixture.write(folder.resolve("a"), Layout.V11), problems).version()).isEqualTo(EscoLayout.V11);
        assertThat(EscoLayout.find(EscoFixture.write(folder.resolve("b"), Layout.V12), problems).version()).isEqualTo(EscoLayout.V12);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void findsTheFilesOneFolderDown() {
        EscoFixture.write(folder.resolve("ESCO dataset - v1.2.0 - csv"), Layout.V12);

        assertThat(read(folder).skills()).hasSize(4);
    }

    @Test
    void listsEveryBrokenRowWithFileLineAndField() {
        var source = EscoFixture.write(folder, Layout.V11);
        EscoFixture.edit(source, "skills_en.csv", "urn:test:esco:skill/french,", ",");
        EscoFixture.edit(source, "skills_en.csv", ",music theory,", ",,");
        EscoFixture.edit(source, "occupationSkillRelations.csv", "conductor,optional,knowledge", "conductor,mandatory,knowledge");
        EscoFixture.edit(source, "broaderRelationsSkillPillar.csv", "SkillGroup,urn:test:esco:group/music,SkillGroup",
                "SkillGroup,music group,SkillGroup");

        assertThat(problemsOf(source)).extracting(CatalogProblem::toString).containsExactly(
                "skills_en.csv: line 6, field preferredLabel: is empty",
                "skills_en.csv: line 7, field conceptUri: is empty",
                "occupationSkillRelations.csv: line 3, field relationType: 'mandatory' is neither essential nor optional",
                "broaderRelationsSkillPillar.csv: line 2, field conceptUri: 'music group' is not a URI");
    }

    @Test
    void namesAMissingColumnOnTheHeaderLine() {
        var source = EscoFixture.write(folder, Layout.V12);
        EscoFixture.edit(source, "occupationSkillRelations_en.csv", ",skillUri,", ",skillURI,");

        assertThat(problemsOf(source)).extracting(CatalogProblem::path).containsExactly("occupationSkillRelations_en.csv: line 1, field skillUri");
    }

    @Test
    void rejectsAConceptListedTwiceAndARelationGivenBothTypes() {
        var source = EscoFixture.write(folder, Layout.V11);
        EscoFixture.edit(source, "skillGroups_en.csv", "urn:test:esco:group/music", "urn:test:esco:group/arts");
        EscoFixture.edit(source, "occupationSkillRelations.csv", "optional,skill/competence,urn:test:esco:skill/french",
                "optional,skill/competence,urn:test:esco:skill/french\nurn:test:esco:occupation/conductor,essential,skill/competence,urn:test:esco:skill/french");

        assertThat(problemsOf(source)).extracting(CatalogProblem::toString).containsExactly(
                "skillGroups_en.csv: line 3, field conceptUri: urn:test:esco:group/arts is listed again (first on line 2)",
                "occupationSkillRelations.csv: line 5, field relationType: is essential here but optional on line 4 for the same pair");
    }

    @Test
    void rejectsAFolderWithoutEscoFiles() {
        assertThatThrownBy(() -> read(folder)).isInstanceOf(CatalogRejectedException.class)
                .hasMessageContaining("holds no ESCO CSV file");
    }
}
