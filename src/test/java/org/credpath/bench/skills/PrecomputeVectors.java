package org.credpath.bench.skills;

import java.nio.file.Path;
import java.util.LinkedHashSet;

import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.VectorCache;

/** Computes (once) the vectors of every ESCO preferred and alternative label into the cache the benchmark reads. */
public final class PrecomputeVectors {

    public static void main(String[] args) {
        var esco = Path.of(args.length > 0 ? args[0] : "../shared/data/esco-v1.1.1");
        var cache = Path.of(args.length > 1 ? args[1] : "data/skill-vectors/esco-labels.vec");
        var labels = new LinkedHashSet<String>();
        for (var skill : EscoSkillsCsv.read(esco)) {
            labels.add(skill.label());
            labels.addAll(skill.altLabels());
        }
        long start = System.nanoTime();
        var vectors = new VectorCache(cache, new MiniLmEncoder());
        System.out.printf("labels %d, cached %d%n", labels.size(), vectors.size());
        vectors.vectors(labels, n -> {
            if (n % 5000 == 0) {
                System.out.printf("%d computed, %.0f s%n", n, (System.nanoTime() - start) / 1e9);
            }
        });
        System.out.printf("done: %d vectors in %.1f s%n", vectors.size(), (System.nanoTime() - start) / 1e9);
    }
}
