package org.credpath.imports.esco;

import java.util.List;

/**
 * The ESCO CSV files the import reads, under the names of the v1.1.x download and of the v1.2 one
 * (whose relation files carry an {@code _en} suffix and label columns). The rest of a download
 * (ISCO groups, concept schemes, research collections...) is not read.
 */
enum EscoFile {

    SKILLS("skills_en.csv"),
    SKILL_GROUPS("skillGroups_en.csv"),
    SKILLS_HIERARCHY("skillsHierarchy_en.csv"),
    OCCUPATIONS("occupations_en.csv"),
    OCCUPATION_SKILL_RELATIONS("occupationSkillRelations_en.csv", "occupationSkillRelations.csv"),
    SKILL_SKILL_RELATIONS("skillSkillRelations_en.csv", "skillSkillRelations.csv"),
    BROADER_SKILL_RELATIONS("broaderRelationsSkillPillar_en.csv", "broaderRelationsSkillPillar.csv"),
    DIGITAL_COLLECTION("digitalSkillsCollection_en.csv"),
    GREEN_COLLECTION("greenSkillsCollection_en.csv"),
    TRANSVERSAL_COLLECTION("transversalSkillsCollection_en.csv"),
    LANGUAGE_COLLECTION("languageSkillsCollection_en.csv");

    /** v1.2 name first where the two layouts differ. */
    private final List<String> names;

    EscoFile(String... names) {
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    boolean renamedInV12() {
        return names.size() > 1;
    }
}
