package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.database.GraphReader;
import org.credpath.labels.SkillTwins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the whole catalog (offerings, rule trees, recognition) into a {@link CatalogSnapshot}. */
final class CatalogSnapshotLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogSnapshotLoader.class);

    private final GraphReader graph;
    private final double minConfidence;
    private final TwinSettings twinSettings;
    private TwinInference twins = TwinInference.OFF; // read again with every whole-catalog load, kept for incremental ones
    private Map<String, Object> twinSource; // what they were read from: how many skills, relations, requirements

    /**
     * {@code minConfidence}: a skill link under it does not count as taught ({@code credpath.skills.min-confidence});
     * {@code twins}: whether and how a knowledge link counts for its skill twins ({@link TwinInference}).
     */
    CatalogSnapshotLoader(GraphReader graph, double minConfidence, TwinSettings twins) {
        this.graph = graph;
        this.minConfidence = minConfidence;
        this.twinSettings = twins;
    }

    CatalogSnapshotLoader(GraphReader graph, double minConfidence) {
        this(graph, minConfidence, TwinSettings.OFF);
    }

    /** {@code credpath.skills.twins.enabled} and {@code credpath.skills.twins.factor}. */
    record TwinSettings(boolean enabled, double factor) {
        static final TwinSettings OFF = new TwinSettings(false, 1);
    }

    /** A credential as stored; ECTS, price and weeks stay null when the catalog does not state them (unknown is not zero). */
    record OfferingRow(String id, String kind, String title, String code, String subject, String provider, String country,
                       Double ects, Integer eqfLevel, Double price, Double durationWeeks, String language, String participation,
                       String access, Integer validityYears, List<String> skills, Boolean seed, List<String> areas,
                       List<LinkRow> links) {
        Offering offering(TwinInference twins) {
            var bySkill = new HashMap<String, SkillLink>();
            for (var l : links == null ? List.<LinkRow>of() : links) {
                bySkill.merge(l.skill(), new SkillLink(l.source() == null ? "stated" : l.source(), l.confidence(), l.evidence()),
                        SkillLink::stronger);
            }
            var counted = twins.withTwins(bySkill);
            var taught = new HashSet<>(skills);
            taught.addAll(counted.keySet());
            return new Offering(id, kind, title, code, subject, provider, country, ects, eqfLevel, price, durationWeeks, language,
                    participation, access, validityYears, taught, Boolean.TRUE.equals(seed),
                    areas == null ? null : new HashSet<>(areas), counted);
        }
    }

    /** One outcome's link to a skill. */
    record LinkRow(String skill, String source, Double confidence, String evidence) {
    }

    record RuleRow(String id, String kind, String label, Integer k, Double credits, Double maxCountedCredits,
                   Integer maxCountedItems, Double maxSharedCredits, Integer validityYears, String minGrade,
                   String codePrefix, String subject, String skill, Integer minEqfLevel, List<String> providers,
                   List<String> kinds, Double minCredits, List<String> except, Boolean gated, Boolean doubleCount,
                   List<String> areas, Integer completeByTerm, String before, List<String> sharedWith, List<Integer> sharedWithMax,
                   Integer minAreas, Integer maxPerArea) {
        /** maxSharedWith, stored as two lists (ids, caps) in the same order. */
        Map<String, Integer> maxSharedWith() {
            var map = new HashMap<String, Integer>();
            for (int i = 0; sharedWith != null && sharedWithMax != null && i < Math.min(sharedWith.size(), sharedWithMax.size()); i++) {
                map.put(sharedWith.get(i), sharedWithMax.get(i));
            }
            return map;
        }
    }

    record ChildRow(String requirement, String credential, Integer position, String minGrade) {
    }

    record RootRow(String credential, String type, String root) {
    }

    record RecognitionRow(String from, String to, Double credits, Boolean sameCourse) {
    }

    CatalogSnapshot load() {
        return load(null);
    }

    /**
     * The offerings, rule trees and recognitions of the credentials {@code ids} only (those still stored), for an
     * incremental refresh; of every credential when {@code ids} is null.
     */
    CatalogSnapshot load(Collection<String> ids) {
        var only = new HashMap<String, Object>();
        only.put("ids", ids == null ? null : List.copyOf(ids));
        only.put("minConfidence", minConfidence);
        // by id: index seeks from the named credentials (the whole-catalog statements would scan every node)
        var suffix = ids == null ? "" : "-by-id";
        if (ids == null && twinSettings.enabled()) {
            long started = System.nanoTime();
            twinSource = twinSource();
            var pairs = twins();
            twins = new TwinInference(pairs, twinSettings.factor(), minConfidence);
            log.info("Knowledge/skill twins: {} pairs read in {} ms (a knowledge link counts for its twin at {} x its confidence)", pairs.pairs(),
                    (System.nanoTime() - started) / 1_000_000, twinSettings.factor());
        }
        var offerings = new HashMap<String, Offering>();
        for (var row : graph.all("catalog/snapshot/offerings" + suffix, only)) {
            var offering = graph.convert(row, OfferingRow.class).offering(twins);
            offerings.put(offering.id(), offering);
        }
        var nodes = new HashMap<String, RuleRow>();
        var children = new HashMap<String, List<ChildRow>>();
        for (var row : graph.all("catalog/snapshot/rules" + suffix, only)) {
            var node = graph.convert(row.get("node"), RuleRow.class);
            nodes.put(node.id(), node);
            children.put(node.id(), graph.list(row.get("children"), ChildRow.class));
        }
        var requirements = new HashMap<String, Rule>();
        var prerequisites = new HashMap<String, Rule>();
        for (var row : graph.all("catalog/snapshot/rule-roots" + suffix, only)) {
            var root = graph.convert(row, RootRow.class);
            var rule = build(root.root(), nodes, children);
            ("HAS_REQUIREMENT".equals(root.type()) ? requirements : prerequisites).put(root.credential(), rule);
        }
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        for (var row : graph.all("catalog/snapshot/recognitions" + suffix, only)) {
            var r = graph.convert(row, RecognitionRow.class);
            recognitions.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(r.from(), r.to(), r.credits(),
                    Boolean.TRUE.equals(r.sameCourse())));
        }
        return new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
    }

    /**
     * Whether the skills, their relations, their place in the hierarchy or the occupations' requirements changed in number since the twins were read
     * (an ESCO import): every credential's inferred links may have changed, so the snapshot must be built whole.
     */
    boolean twinsChanged() {
        return twinSettings.enabled() && !twinSource().equals(twinSource);
    }

    private Map<String, Object> twinSource() {
        return graph.one("catalog/snapshot/skill-twins-source", Map.of()).orElse(Map.of());
    }

    /** ESCO's knowledge/skill twins among the stored skills. */
    private SkillTwins twins() {
        var groups = new HashMap<String, List<String>>();
        graph.all("catalog/snapshot/skill-groups", Map.of())
                .forEach(r -> groups.put((String) r.get("skill"), graph.list(r.get("groups"), String.class)));
        var concepts = graph.all("imports/skill-labels", Map.of()).stream()
                .map(r -> new SkillTwins.Skill((String) r.get("uri"), (String) r.get("label"), graph.list(r.get("altLabels"), String.class),
                        (String) r.get("skillType"), Set.copyOf(groups.getOrDefault((String) r.get("uri"), List.of())))).toList();
        var related = new HashSet<String>();
        graph.all("catalog/snapshot/skill-relations", Map.of())
                .forEach(r -> related.add(SkillTwins.relation((String) r.get("a"), (String) r.get("b"))));
        var occupations = new HashMap<String, Set<String>>();
        graph.all("catalog/snapshot/skill-occupations", Map.of())
                .forEach(r -> occupations.computeIfAbsent((String) r.get("skill"), k -> new HashSet<>()).add((String) r.get("occupation")));
        return new SkillTwins(concepts, related, occupations);
    }

    private static Rule build(String id, Map<String, RuleRow> nodes, Map<String, List<ChildRow>> children) {
        var node = nodes.get(id);
        switch (node.kind()) {
            case "FILTER":
                return new Rule.FilterLeaf(id, node.label(), Filter.of(node.codePrefix(), node.subject(), node.skill(),
                        node.minEqfLevel(), node.providers(), node.kinds(), node.minCredits(), node.except()).withAreas(node.areas()));
            case "CONDITION":
                return new Rule.ConditionLeaf(id, node.label());
            case "UNRESOLVED":
                return new Rule.UnresolvedLeaf(id, node.label());
            default:
                var built = new ArrayList<Rule>();
                for (var child : children.getOrDefault(id, List.of())) {
                    built.add(child.requirement() != null ? build(child.requirement(), nodes, children)
                            : new Rule.CredentialLeaf(id + "#" + child.position(), child.credential(), child.minGrade()));
                }
                return new Rule.Group(id, node.label(), Rule.Kind.valueOf(node.kind()), node.k(), node.credits(),
                        new Rule.Limits(node.maxCountedCredits(), node.maxCountedItems(), node.maxSharedCredits(),
                                node.validityYears(), node.minGrade()).with(Boolean.TRUE.equals(node.gated()), node.doubleCount())
                                .withTiming(Rule.Timing.of(node.completeByTerm(), node.before()))
                                .withSharedWith(node.maxSharedWith())
                                .with(Rule.Distribution.of(node.areas(), node.minAreas(), node.maxPerArea())), built);
        }
    }
}
