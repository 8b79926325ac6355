package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/**
 * Certificates (three in four) and degrees with nested stacking rules over named micro-credentials
 * (mostly the provider's own on the credential's topic) and filters (skill, provider alliance, EQF, subject):
 * k-of-n choices, credit sums with caps, items caps, shared-credit limits, minimum grades; a degree may
 * include a certificate, the way stackable certificates count toward a master's.
 */
final class LargerCredentialGenerator {

    private final World world;
    private final Draw draw;

    LargerCredentialGenerator(World world, Draw draw) {
        this.world = world;
        this.draw = draw;
    }

    void generate() {
        int n = world.spec.largerCredentials();
        int degrees = (int) Math.round(n * 0.25);
        for (int i = 0; i < n; i++) {
            var provider = world.popularProvider(draw);
            int anchor = provider.focus().length > 0 ? provider.focus()[draw.below(provider.focus().length)] : world.popularAnchor(draw);
            var picks = new NamedPicks(world, draw, provider, anchor);
            world.larger.add(i < n - degrees ? certificate(i, provider, anchor, picks) : degree(i, provider, anchor, picks));
        }
    }

    private World.Larger certificate(int i, World.Provider provider, int anchor, NamedPicks picks) {
        var children = new ArrayList<RuleSpec>();
        double ects = 0;
        for (int c = draw.between(1, 3); c > 0; c--) {
            var m = picks.next();
            children.add(picks.leaf(m, 0.1));
            ects += m.ects;
        }
        int k = draw.between(1, 2);
        var options = new ArrayList<RuleSpec>();
        double optionEcts = 0;
        for (int c = k + draw.between(1, 3); c > 0; c--) {
            var m = picks.next();
            options.add(picks.leaf(m, 0));
            optionEcts += m.ects;
        }
        children.add(group(RuleKind.AT_LEAST_K_OF, k, null, "Choose " + k + " of " + options.size(), null,
                draw.chance(0.3) ? k : null, options));
        ects += Math.round(k * optionEcts / options.size());
        if (draw.chance(0.8)) {
            double credits = List.of(5.0, 6.0, 8.0, 10.0, 12.0).get(draw.below(5));
            children.add(electives(provider, anchor, picks, credits, 6));
            ects += credits;
        }
        // some certificates limit what they share with another target, a few count only recent holdings
        var rules = new RuleSpec.Group(RuleKind.ALL_OF, null, null, "Certificate rules", null, null,
                draw.chance(0.25) ? (draw.chance(0.5) ? 5.0 : 10.0) : null, draw.chance(0.1) ? 5 : null, null, children);
        var id = String.format("gen-cert-%05d", i + 1);
        var spec = spec(id, CredentialKind.CERTIFICATE, "Certificate in the work of a " + world.occupation(anchor).label(), provider,
                anchor, ects, 5 + draw.below(3), rules, draw.chance(0.7) ? "open" : "enrolled-only");
        return new World.Larger(i, id, provider, anchor, false, picks.named(), List.of(), spec);
    }

    private World.Larger degree(int i, World.Provider provider, int anchor, NamedPicks picks) {
        var children = new ArrayList<RuleSpec>();
        double ects = 0;
        int blocks = draw.between(3, 5);
        for (int b = 1; b <= blocks; b++) {
            double credits = List.of(10.0, 15.0, 20.0, 30.0).get(draw.below(4));
            var items = new ArrayList<RuleSpec>();
            for (int c = draw.between(3, 8); c > 0; c--) {
                items.add(picks.leaf(picks.next(), 0.05));
            }
            if (draw.chance(0.3)) {
                var choice = new ArrayList<RuleSpec>();
                for (int c = draw.between(3, 4); c > 0; c--) {
                    choice.add(picks.leaf(picks.next(), 0));
                }
                items.add(group(RuleKind.AT_LEAST_K_OF, 2, null, "Two of " + choice.size(), null, null, choice));
            }
            if (draw.chance(0.4)) {
                items.add(filter(provider, anchor, 6, true));
            }
            children.add(group(RuleKind.AT_LEAST_CREDITS, null, credits, "Module block " + b, draw.chance(0.6) ? credits : null,
                    null, items));
            ects += credits;
        }
        var certificates = new ArrayList<World.Larger>();
        var offered = world.larger.stream().filter(l -> !l.degree() && (l.provider() == provider
                || java.util.Arrays.stream(provider.partners()).anyMatch(p -> p == l.provider().index()))).toList();
        if (!offered.isEmpty() && draw.chance(0.3)) {
            var certificate = draw.any(offered);
            children.add(new RuleSpec.CredentialLeaf(certificate.id(), null));
            certificates.add(certificate);
            ects += certificate.spec().ects();
        }
        var capstones = world.microsByProvider.get(provider.index()).stream().filter(m -> m.layer >= 3).toList();
        var capstone = !capstones.isEmpty() && draw.chance(0.2) ? draw.any(capstones) : null;
        if (capstone != null && !picks.has(capstone)) {
            children.add(new RuleSpec.CredentialLeaf(capstone.id, "3"));
            picks.named().add(capstone);
            ects += capstone.ects;
        }
        var rules = group(RuleKind.ALL_OF, null, null, "Degree rules", null, null, children);
        var id = String.format("gen-deg-%05d", i + 1);
        var spec = spec(id, CredentialKind.DEGREE, "Master's programme for the work of a " + world.occupation(anchor).label(), provider,
                anchor, ects, 7, rules, "enrolled-only");
        return new World.Larger(i, id, provider, anchor, true, picks.named(), certificates, spec);
    }

    /** Credits from the provider's alliance: a provider (and EQF) filter, sometimes a skill filter or a capped choice. */
    private RuleSpec electives(World.Provider provider, int anchor, NamedPicks picks, double credits, double choiceCap) {
        var items = new ArrayList<RuleSpec>();
        items.add(filter(provider, anchor, 5, false));
        if (draw.chance(0.4)) {
            var topic = world.occupation(anchor);
            var skills = topic.essential().length > 0 ? topic.essential() : topic.optional();
            var skill = world.esco.skills().get(skills[draw.below(skills.length)]).uri();
            items.add(new RuleSpec.FilterLeaf("Any credential teaching this skill", null, null, skill, null,
                    draw.chance(0.6) ? ProviderGenerator.withPartners(world, provider) : null, null, null));
        }
        if (draw.chance(0.3)) {
            var choice = new ArrayList<RuleSpec>();
            for (int c = draw.between(2, 3); c > 0; c--) {
                choice.add(picks.leaf(picks.next(), 0));
            }
            items.add(group(RuleKind.AT_LEAST_K_OF, 1, null, "One of " + choice.size(), choiceCap, null, choice));
        }
        return group(RuleKind.AT_LEAST_CREDITS, null, credits, "Electives", draw.chance(0.7) ? credits : null, null, items);
    }

    private RuleSpec filter(World.Provider provider, int anchor, int eqf, boolean subject) {
        Integer minEqf = draw.chance(0.5) ? eqf : null;
        return new RuleSpec.FilterLeaf("Alliance credentials" + (minEqf == null ? "" : " at EQF " + minEqf + "+"), null,
                subject && draw.chance(0.3) ? MicroCredentialDetails.subject(world.occupation(anchor)) : null, null, minEqf,
                ProviderGenerator.withPartners(world, provider), draw.chance(0.3) ? List.of("micro-credential") : null, null);
    }

    private static RuleSpec group(RuleKind kind, Integer k, Double credits, String label, Double maxCountedCredits,
                                  Integer maxCountedItems, List<RuleSpec> children) {
        return new RuleSpec.Group(kind, k, credits, label, maxCountedCredits, maxCountedItems, null, null, null, children);
    }

    private CredentialSpec spec(String id, CredentialKind kind, String title, World.Provider provider, int anchor, double ects, int eqf,
                                RuleSpec rules, String access) {
        var topic = world.occupation(anchor);
        var skills = java.util.Arrays.stream(topic.essential()).limit(4).mapToObj(s -> world.esco.skills().get(s).uri()).toList();
        var outcomes = skills.isEmpty() ? List.<OutcomeSpec>of()
                : List.of(new OutcomeSpec(id + "/o1", "Practises the core skills of a " + topic.label(), skills));
        double price = Math.round(ects * draw.logNormal(60, 0.5));
        return new CredentialSpec(id, kind, title, provider.id(), "Generated " + kind.value() + " stacking micro-credentials", null,
                MicroCredentialDetails.subject(topic), ects, eqf, "Completion of its components", draw.chance(0.6) ? "blended" : "online",
                "Institutional QA under national accreditation", "en", (double) Math.max(4, Math.round(ects * 1.5)), price, "EUR", access, null,
                null, outcomes, null, rules, List.of());
    }
}
