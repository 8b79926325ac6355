package org.credpath.bench.scale;

import java.util.LinkedHashSet;
import java.util.List;

import org.credpath.catalog.model.ProviderSpec;

/**
 * Providers: a European mix of countries and types, Zipf-like in size (provider 0 offers the most),
 * each focused on a few occupations (the topics of most of its credentials) and allied with up to three
 * partners whose credentials its electives accept.
 */
final class ProviderGenerator {

    private static final Draw.Category<String> COUNTRIES = Draw.Category.of("DE", 16, "FR", 13, "ES", 10, "IT", 10, "NL", 7,
            "PL", 7, "FI", 5, "SE", 5, "BE", 4, "AT", 4, "PT", 4, "IE", 3, "CZ", 3, "DK", 3, "SI", 2, "EE", 2, "GR", 2);
    private static final Draw.Category<String> TYPES = Draw.Category.of("university", 45, "vet", 20, "company", 15, "platform", 12,
            "public-body", 8);

    private final World world;
    private final Draw draw;

    ProviderGenerator(World world, Draw draw) {
        this.world = world;
        this.draw = draw;
    }

    void generate() {
        int n = world.spec.providers();
        for (int i = 0; i < n; i++) {
            var type = draw.pick(TYPES);
            var id = String.format("gen-p%04d", i + 1);
            var spec = new ProviderSpec(id, name(type, i + 1), draw.pick(COUNTRIES), type, null);
            var focus = new LinkedHashSet<Integer>();
            int topics = draw.between(2, 8);
            for (int t = 0; t < topics * 3 && focus.size() < topics; t++) {
                focus.add(world.popularAnchor(draw));
            }
            var partners = new LinkedHashSet<Integer>();
            int allies = draw.between(0, 3);
            for (int t = 0; t < allies * 3 && partners.size() < allies; t++) {
                int p = draw.below(n);
                if (p != i) {
                    partners.add(p);
                }
            }
            world.providers.add(new World.Provider(i, spec, ints(focus), ints(partners)));
            world.microsByProvider.add(new java.util.ArrayList<>());
        }
        world.providerPopularity = Draw.zipf(n, 1.0);
    }

    private static String name(String type, int number) {
        switch (type) {
            case "university":
                return String.format("Generated University %04d", number);
            case "vet":
                return String.format("Generated Vocational College %04d", number);
            case "company":
                return String.format("Generated Corporate Academy %04d", number);
            case "platform":
                return String.format("Generated Learning Platform %04d", number);
            default:
                return String.format("Generated Public Training Agency %04d", number);
        }
    }

    private static int[] ints(LinkedHashSet<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<String> withPartners(World world, World.Provider provider) {
        var ids = new java.util.ArrayList<String>();
        ids.add(provider.id());
        for (int p : provider.partners()) {
            ids.add(world.providers.get(p).id());
        }
        return ids;
    }
}
