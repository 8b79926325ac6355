package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot.Recognition;

/**
 * A random catalog that changes in random small batches (credentials changed in every part, and new ones), as the
 * database would after a write: the whole catalog and the part a batch wrote, as the snapshot loader reads them.
 */
public final class ChangingCatalog {

    public final Map<String, Offering> offerings = new HashMap<>();
    public final Map<String, Rule> requirements = new HashMap<>();
    public final Map<String, Rule> prerequisites = new HashMap<>();
    public final Map<String, List<Recognition>> recognitions = new HashMap<>();
    private final Random random;
    private final int skills;
    private int next;
    private int nodes;

    public ChangingCatalog(Random random, int size, int skills) {
        this.random = random;
        this.skills = skills;
        for (int i = 0; i < size; i++) {
            write("c" + next++);
        }
    }

    /** Changes or adds up to {@code max} credentials (at least one); returns their ids. */
    public Set<String> change(int max) {
        var ids = new HashSet<String>();
        int n = 1 + random.nextInt(max);
        var held = new ArrayList<>(offerings.keySet());
        for (int i = 0; i < n; i++) {
            ids.add(random.nextInt(4) == 0 ? "c" + next++ : held.get(random.nextInt(held.size())));
        }
        ids.forEach(this::write);
        return ids;
    }

    public CatalogSnapshot whole() {
        return new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
    }

    /** What the loader reads for the credentials {@code ids} only. */
    public CatalogSnapshot part(Set<String> ids) {
        return new CatalogSnapshot(only(offerings, ids), only(requirements, ids), only(prerequisites, ids), only(recognitions, ids));
    }

    /** A random filter over this catalog's values. */
    public Filter filter() {
        return new Filter(random.nextInt(3) == 0 ? (random.nextBoolean() ? "cs 1" : "MATH") : null,
                random.nextInt(4) == 0 ? "cs" : null, random.nextInt(3) == 0 ? "s" + random.nextInt(skills) : null,
                random.nextInt(3) == 0 ? 4 + random.nextInt(4) : null,
                random.nextInt(3) == 0 ? Set.of("p" + random.nextInt(2), "p" + (2 + random.nextInt(2))) : null,
                random.nextInt(4) == 0 ? Set.of("course") : null, random.nextInt(4) == 0 ? 1.0 + random.nextInt(10) : null);
    }

    private void write(String id) {
        var skillSet = new HashSet<String>();
        for (int s = random.nextInt(4); s > 0; s--) {
            skillSet.add("s" + random.nextInt(skills));
        }
        var links = new java.util.HashMap<String, SkillLink>(); // some extracted with a confidence, the rest stated
        skillSet.stream().sorted().filter(s -> random.nextBoolean())
                .forEach(s -> links.put(s, new SkillLink("extracted", random.nextInt(10) / 10.0 + 0.05, "about " + s)));
        offerings.put(id, new Offering(id, random.nextBoolean() ? "micro-credential" : "course", "Course " + id + " " + random.nextInt(),
                (random.nextBoolean() ? "CS " : "MATH ") + (1000 + random.nextInt(9000)), random.nextBoolean() ? "CS" : "MATH",
                "p" + random.nextInt(5), null, random.nextInt(5) == 0 ? null : 1.0 + random.nextInt(10), 4 + random.nextInt(4),
                random.nextInt(5) == 0 ? null : (double) random.nextInt(500), 4.0, "en", "online",
                random.nextInt(6) == 0 ? "enrolled-only" : "open", null, skillSet, links));
        put(requirements, id, random.nextInt(6) == 0 ? group() : null);
        put(prerequisites, id, random.nextInt(3) == 0 ? group() : null);
        var list = new ArrayList<Recognition>();
        for (int r = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0; r > 0; r--) {
            list.add(new Recognition(id, "c" + random.nextInt(Math.max(1, next)), random.nextBoolean() ? null : 3.0, false));
        }
        put(recognitions, id, list.isEmpty() ? null : List.copyOf(list));
    }

    private Rule group() {
        var children = new ArrayList<Rule>();
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
            children.add(random.nextInt(3) == 0
                    ? new Rule.FilterLeaf("r" + nodes++, "filter", filter())
                    : new Rule.CredentialLeaf("r" + nodes++, "c" + random.nextInt(next + 3), null));
        }
        return new Rule.Group("r" + nodes++, null, random.nextBoolean() ? Rule.Kind.ALL_OF : Rule.Kind.AT_LEAST_K_OF, 1, null,
                Rule.Limits.NONE, children);
    }

    private static <V> void put(Map<String, V> map, String id, V value) {
        if (value == null) {
            map.remove(id);
        } else {
            map.put(id, value);
        }
    }

    private static <V> Map<String, V> only(Map<String, V> map, Set<String> ids) {
        var result = new HashMap<String, V>();
        ids.forEach(id -> {
            if (map.containsKey(id)) {
                result.put(id, map.get(id));
            }
        });
        return result;
    }
}
