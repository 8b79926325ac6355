package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.SkillSpec;

/**
 * Generates a realistic catalog on top of ESCO, deterministically from a seed: providers, micro-credentials
 * with prerequisite layers and recognition, certificates and degrees with nested rules, and learners with
 * holdings and goals (see docs/benchmarks.md for the distributions). Framework-free; every id starts with
 * {@code gen-} so generated data never collides with real entries.
 */
public final class ScaleGenerator {

    private ScaleGenerator() {
    }

    public static GeneratedCatalog generate(EscoView esco, ScaleSpec spec) {
        var root = new Draw(spec.seed());
        var world = new World(spec, esco, root.split());
        new ProviderGenerator(world, root.split()).generate();
        new MicroCredentialGenerator(world, root.split()).generate();
        new LargerCredentialGenerator(world, root.split()).generate();
        var learners = new LearnerGenerator(world, root.split()).generate();
        var credentials = new ArrayList<CredentialSpec>();
        world.micros.forEach(m -> credentials.add(m.spec));
        world.larger.forEach(l -> credentials.add(l.spec()));
        var skills = new ArrayList<SkillSpec>();
        var occupations = new ArrayList<OccupationSpec>();
        if (esco.local()) {
            esco.skills().forEach(s -> skills.add(new SkillSpec(s.uri(), s.label(), "skill/competence", null, null)));
            esco.occupations().forEach(o -> occupations.add(new OccupationSpec(o.uri(), o.label(), o.iscoGroup(), null,
                    uris(esco, o.essential()), uris(esco, o.optional()))));
        }
        var providers = world.providers.stream().map(World.Provider::spec).toList();
        return new GeneratedCatalog(spec, new Catalog(providers, skills, occupations, credentials, learners));
    }

    private static List<String> uris(EscoView esco, int[] skills) {
        return Arrays.stream(skills).mapToObj(s -> esco.skills().get(s).uri()).toList();
    }
}
