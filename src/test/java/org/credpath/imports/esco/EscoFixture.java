package org.credpath.imports.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tiny ESCO download written by hand, shaped like the real one: quoted fields holding newlines, commas
 * and doubled quotes, byte order marks, CRLF line ends, short hierarchy rows, a skill group only the
 * hierarchy names. URIs live under {@code urn:test:esco:} so tests on a shared database can delete them.
 * It holds 4 skills, 3 skill groups (one from the hierarchy only), 1 occupation, 3 occupation-skill
 * relations, 1 skill-skill relation and 6 broader relations.
 */
public final class EscoFixture {

    public static final String PREFIX = "urn:test:esco:";
    static final String BOM = "\uFEFF";

    /** Skill conduct spans lines 2 to 5 of skills_en.csv, so music theory is on line 6 and speak French on line 7. */
    static final String SKILLS = BOM + """
            conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
            KnowledgeSkillCompetence,urn:test:esco:skill/conduct,skill/competence,sector-specific,conduct musical performers,"direct musicians
            lead an orchestra
            conduct musical performers",,released,2016-12-20T17:43:43Z,,,"urn:test:esco:scheme/skills,
            urn:test:esco:scheme/member-skills","Direct musicians, ""with a baton"", during rehearsals."
            KnowledgeSkillCompetence,urn:test:esco:skill/theory,knowledge,sector-specific,music theory,,,released,,,,,The body of concepts that make up music.
            KnowledgeSkillCompetence,urn:test:esco:skill/french,skill/competence,transversal,speak French,converse in French,,released,,,,,Speak French.
            KnowledgeSkillCompetence,urn:test:esco:skill/spreadsheets,skill/competence,cross-sector,use spreadsheets software,,,released,,,,,Use software to edit tabular data.
            """;

    static final String SKILL_GROUPS = """
            conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code
            SkillGroup,urn:test:esco:group/arts,arts,,,released,,,,Creative and performing arts.,S1
            SkillGroup,urn:test:esco:group/music,music and performing,,,released,,,,,S1.2
            """;

    static final String HIERARCHY = """
            Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code
            urn:test:esco:group/arts,arts,,,,,,,,,S1
            urn:test:esco:group/arts,arts,urn:test:esco:group/music,music and performing,,,,,,,S1,S1.2
            urn:test:esco:group/arts,arts,urn:test:esco:group/languages,languages,,,,,,,S1,S1.3
            """;

    static final String OCCUPATIONS = """
            conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
            Occupation,urn:test:esco:occupation/conductor,2652,music director,"conductor
            orchestra leader",,released,,,,,,Music directors conduct musical ensembles.,2652.3
            """.replace("\n", "\r\n");

    static final String REQUIRES_V11 = BOM + """
            occupationUri,relationType,skillType,skillUri
            urn:test:esco:occupation/conductor,essential,skill/competence,urn:test:esco:skill/conduct
            urn:test:esco:occupation/conductor,optional,knowledge,urn:test:esco:skill/theory
            urn:test:esco:occupation/conductor,optional,skill/competence,urn:test:esco:skill/french
            """;

    static final String REQUIRES_V12 = BOM + """
            occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel
            urn:test:esco:occupation/conductor,music director,essential,skill/competence,urn:test:esco:skill/conduct,conduct musical performers
            urn:test:esco:occupation/conductor,music director,optional,knowledge,urn:test:esco:skill/theory,music theory
            urn:test:esco:occupation/conductor,music director,optional,skill/competence,urn:test:esco:skill/french,speak French
            """;

    static final String RELATED_V11 = """
            originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri
            urn:test:esco:skill/conduct,skill/competence,optional,knowledge,urn:test:esco:skill/theory
            """;

    static final String RELATED_V12 = """
            originalSkillUri,originalSkillLabel,originalSkillType,relationType,relatedSkillType,relatedSkillUri,relatedSkillLabel
            urn:test:esco:skill/conduct,conduct musical performers,skill/competence,optional,knowledge,urn:test:esco:skill/theory,music theory
            """;

    static final String BROADER_V11 = """
            conceptType,conceptUri,broaderType,broaderUri
            SkillGroup,urn:test:esco:group/music,SkillGroup,urn:test:esco:group/arts
            SkillGroup,urn:test:esco:group/languages,SkillGroup,urn:test:esco:group/arts
            KnowledgeSkillCompetence,urn:test:esco:skill/conduct,SkillGroup,urn:test:esco:group/music
            KnowledgeSkillCompetence,urn:test:esco:skill/theory,SkillGroup,urn:test:esco:group/music
            KnowledgeSkillCompetence,urn:test:esco:skill/french,SkillGroup,urn:test:esco:group/languages
            KnowledgeSkillCompetence,urn:test:esco:skill/spreadsheets,KnowledgeSkillCompetence,urn:test:esco:skill/theory
            """;

    static final String BROADER_V12 = """
            conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel
            SkillGroup,urn:test:esco:group/music,music and performing,SkillGroup,urn:test:esco:group/arts,arts
            SkillGroup,urn:test:esco:group/languages,languages,SkillGroup,urn:test:esco:group/arts,arts
            KnowledgeSkillCompetence,urn:test:esco:skill/conduct,conduct musical performers,SkillGroup,urn:test:esco:group/music,music and performing
            KnowledgeSkillCompetence,urn:test:esco:skill/theory,music theory,SkillGroup,urn:test:esco:group/music,music and performing
            KnowledgeSkillCompetence,urn:test:esco:skill/french,speak French,SkillGroup,urn:test:esco:group/languages,languages
            KnowledgeSkillCompetence,urn:test:esco:skill/spreadsheets,use spreadsheets software,KnowledgeSkillCompetence,urn:test:esco:skill/theory,music theory
            """;

    static final String COLLECTION_HEADER =
            "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n";

    private EscoFixture() {
    }

    public enum Layout { V11, V12 }

    public static String uri(String local) {
        return PREFIX + local;
    }

    /** Writes the fixture into {@code folder} and returns it. */
    public static Path write(Path folder, Layout layout) {
        var v12 = layout == Layout.V12;
        var files = new LinkedHashMap<String, String>();
        files.put("skills_en.csv", SKILLS);
        files.put("skillGroups_en.csv", SKILL_GROUPS);
        files.put("skillsHierarchy_en.csv", HIERARCHY);
        files.put("occupations_en.csv", OCCUPATIONS);
        files.put(v12 ? "occupationSkillRelations_en.csv" : "occupationSkillRelations.csv", v12 ? REQUIRES_V12 : REQUIRES_V11);
        files.put(v12 ? "skillSkillRelations_en.csv" : "skillSkillRelations.csv", v12 ? RELATED_V12 : RELATED_V11);
        files.put(v12 ? "broaderRelationsSkillPillar_en.csv" : "broaderRelationsSkillPillar.csv", v12 ? BROADER_V12 : BROADER_V11);
        files.put("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence,urn:test:esco:skill/spreadsheets,use spreadsheets software,released,skill/competence,cross-sector,,,,\n");
        files.put("greenSkillsCollection_en.csv", COLLECTION_HEADER);
        files.put("transversalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence,urn:test:esco:skill/french,speak French,released,skill/competence,transversal,,,,\n");
        files.put("languageSkillsCollection_en.csv", BOM + COLLECTION_HEADER
                + "KnowledgeSkillCompetence,urn:test:esco:skill/french,speak French,released,skill/competence,transversal,"
                + "converse in French | speak French,,,\n");
        files.put("ISCOGroups_en.csv", "conceptType,conceptUri,code,preferredLabel\n"); // part of a download, not read
        return write(folder, files);
    }

    public static Path write(Path folder, Map<String, String> files) {
        try {
            Files.createDirectories(folder);
            for (var file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in one file of a written fixture, to break it on purpose. */
    public static void edit(Path folder, String file, String text, String replacement) {
        try {
            var path = folder.resolve(file);
            var content = Files.readString(path);
            if (!content.contains(text)) {
                throw new IllegalArgumentException(file + " does not contain " + text);
            }
            Files.writeString(path, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips the files of {@code folder} under a top folder, as downloads come. */
    public static Path zip(Path folder, Path zip) {
        try (var out = new ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("ESCO dataset - test - csv/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
