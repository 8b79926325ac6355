package org.credpath.recommend.engine;

import org.credpath.catalog.snapshot.Offering;

/**
 * A credential that teaches a skill, as shown beside the skill: where, how much work, what it costs (null: not stated).
 * {@code seed}: the credential or its provider is a fictional example of the seed catalog, not real data.
 */
public record Teacher(String id, String title, String provider, String providerName, String country, Double ects,
                      Double price, Integer eqfLevel, String language, String participation, boolean seed) {

    public static Teacher of(Offering o, SkillIndex index) {
        var provider = index.provider(o.provider());
        return new Teacher(o.id(), o.title(), o.provider(), provider.map(SkillData.ProviderInfo::name).orElse(null),
                o.country(), o.ects(), o.price(), o.eqfLevel(), o.language(),
                o.participation(), o.seed() || provider.map(SkillData.ProviderInfo::seed).orElse(false));
    }
}
