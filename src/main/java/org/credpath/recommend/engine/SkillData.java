package org.credpath.recommend.engine;

import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.HashedMaps;

/**
 * What the recommendations need besides the catalog snapshot: skill labels, the skill-to-skill
 * BROADER links, occupations with their essential and optional skills, and providers' countries.
 */
public record SkillData(Map<String, String> labels, Map<String, List<String>> broader, List<OccupationProfile> occupations,
                        Map<String, ProviderInfo> providers) {

    public SkillData {
        labels = HashedMaps.copyOf(labels);
        broader = HashedMaps.copyOf(broader);
        occupations = List.copyOf(occupations);
        providers = HashedMaps.copyOf(providers);
    }

    public record OccupationProfile(String uri, String label, List<String> essential, List<String> optional) {
        public OccupationProfile {
            essential = List.copyOf(essential);
            optional = List.copyOf(optional);
        }
    }

    /** {@code seed}: a fictional provider of the seed catalog. */
    public record ProviderInfo(String id, String name, String country, boolean seed) {

        /** A provider that is not from the seed catalog. */
        public ProviderInfo(String id, String name, String country) {
            this(id, name, country, false);
        }
    }
}
