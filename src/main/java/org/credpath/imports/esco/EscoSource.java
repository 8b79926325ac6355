package org.credpath.imports.esco;

import java.util.List;
import java.util.Map;

/** Everything read from an ESCO download, validated, in file order, before anything is written. */
record EscoSource(Map<String, Concept> skills, Map<String, Concept> skillGroups, Map<String, Concept> occupations,
                  List<Relation> occupationSkillRelations, List<Relation> skillSkillRelations, List<Relation> broaderRelations) {
}
