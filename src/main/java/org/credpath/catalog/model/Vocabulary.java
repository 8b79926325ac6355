package org.credpath.catalog.model;

import java.util.Set;

/** The closed value sets of the catalog, shared by the file reader and the API's filters. */
public final class Vocabulary {

    public static final Set<String> KINDS = Set.of("micro-credential", "course", "certificate", "degree", "badge");
    public static final Set<String> PARTICIPATION = Set.of("online", "onsite", "blended");
    public static final Set<String> ACCESS = Set.of("open", "enrolled-only");
    public static final Set<String> PROVIDER_TYPES = Set.of("university", "vet", "company", "platform", "public-body", "other");
    public static final Set<String> SKILL_TYPES = Set.of("skill/competence", "knowledge");
    public static final Set<String> SKILL_SOURCES = Set.of("self-declared", "recognised");

    private Vocabulary() {
    }
}
