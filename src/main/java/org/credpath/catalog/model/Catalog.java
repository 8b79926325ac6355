package org.credpath.catalog.model;

import java.util.List;

/**
 * Everything a catalog source describes, ready to be validated and written. The credpath catalog
 * format reads into it, and importers of other formats map onto it, so one writer serves all.
 */
public record Catalog(
        List<ProviderSpec> providers,
        List<SkillSpec> skills,
        List<OccupationSpec> occupations,
        List<CredentialSpec> credentials,
        List<LearnerSpec> learners) {

    public Catalog {
        providers = List.copyOf(providers);
        skills = List.copyOf(skills);
        occupations = List.copyOf(occupations);
        credentials = List.copyOf(credentials);
        learners = List.copyOf(learners);
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
