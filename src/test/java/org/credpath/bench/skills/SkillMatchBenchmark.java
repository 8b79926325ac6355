package org.credpath.bench.skills;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.credpath.imports.skills.LabelResolver;
import org.credpath.skills.match.LexicalHit;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.Reranker;
import org.credpath.skills.match.Retrieval;
import org.credpath.skills.match.SkillConcept;
import org.credpath.skills.match.SkillMatchers;
import org.credpath.skills.match.Terms;

/**
 * The skill matcher and its baselines on the TECH and HOUSE validation sets: R-Precision@5, @10 and MRR with bootstrap
 * intervals; the one-off cost of the label vectors; the latency of matching a 300-word job ad. Run by
 * {@code bench/skills.sh} (arguments: {@code --dump FILE} writes every candidate's features with its gold flag, for
 * fitting the re-ranker; {@code --no-latency} skips the latency runs).
 */
public final class SkillMatchBenchmark {

    private static final Path DATA = Path.of(System.getProperty("credpath.shared-data", "../shared/data"));

    public static void main(String[] args) throws IOException {
        var argList = List.of(args);
        var skills = EscoSkillsCsv.read(DATA.resolve("esco-v1.1.1"));
        var encoder = new MiniLmEncoder();
        long start = System.nanoTime();
        int[] computed = {0};
        var indexes = SkillMatchers.indexes(skills, encoder, Path.of("data/skill-vectors/esco-labels.vec"), n -> computed[0] = n);
        System.out.printf("ESCO v1.1.1: %d skills, %d labels; label vectors: %d computed now, ready in %.1f s%n", skills.size(),
                indexes.vocabulary().labels().size(), computed[0], (System.nanoTime() - start) / 1e9);
        var retrieval = new Retrieval(indexes.lexical(), indexes.dense());
        var reranker = SkillMatchers.reranker(indexes, SkillMatchers.weights());
        var resolver = new LabelResolver(skills.stream().map(s -> new LabelResolver.Concept(s.uri(), s.label(), s.altLabels())).toList());
        var dump = argList.contains("--dump") ? new PrintWriter(Files.newBufferedWriter(Path.of(argList.get(argList.indexOf("--dump") + 1))))
                : null;
        if (dump != null) {
            dump.println("set,sentence,goldSize,uri,gold," + String.join(",", featureNames()));
        }
        for (var name : List.of("tech", "house")) {
            var set = ValidationSet.read(DATA.resolve("skill-extraction/" + name + "_validation_annotations.csv"), name, skills);
            System.out.printf("%n%s: %d sentences, %d gold links, %d labels not in ESCO v1.1.1 dropped %s%n", name.toUpperCase(),
                    set.sentences().size(), set.sentences().stream().mapToInt(s -> s.gold().size()).sum(), set.unknownLabels().size(),
                    set.unknownLabels());
            var systems = new LinkedHashMap<String, List<List<String>>>();
            for (var system : List.of("label resolver (sentence)", "label resolver (gold spans)", "BM25 over labels",
                    "cosine over preferred labels", "RRF (BM25 + cosine)", "matcher (re-ranked)")) {
                systems.put(system, new ArrayList<>());
            }
            var golds = new ArrayList<Set<String>>();
            for (int i = 0; i < set.sentences().size(); i++) {
                var sentence = set.sentences().get(i);
                golds.add(sentence.gold());
                var terms = Terms.of(sentence.text());
                var vector = encoder.encode(sentence.text());
                Function<Integer, String> uri = s -> indexes.vocabulary().skill(s).uri();
                systems.get("label resolver (sentence)").add(resolver.resolve(sentence.text()).skills());
                systems.get("label resolver (gold spans)").add(sentence.spans().stream()
                        .flatMap(span -> resolver.resolve(span).skills().stream()).distinct().toList());
                systems.get("BM25 over labels").add(indexes.lexical().search(terms).entrySet().stream()
                        .sorted(Map.Entry.<Integer, LexicalHit>comparingByValue(Comparator.comparingDouble(LexicalHit::bm25)).reversed())
                        .limit(100).map(e -> uri.apply(e.getKey())).toList());
                systems.get("cosine over preferred labels").add(topCosine(indexes.dense().preferredSimilarities(vector)).stream()
                        .map(uri).toList());
                var candidates = retrieval.candidates(terms, vector, Map.of());
                systems.get("RRF (BM25 + cosine)").add(candidates.stream().map(c -> uri.apply(c.skill())).toList());
                var ranked = reranker.rank(candidates);
                systems.get("matcher (re-ranked)").add(ranked.stream().map(s -> uri.apply(s.candidate().skill())).toList());
                if (dump != null) {
                    for (var c : candidates) {
                        var features = reranker.features(c);
                        var row = new StringBuilder(name + "," + i + "," + sentence.gold().size() + "," + uri.apply(c.skill()) + "," + (sentence.gold().contains(uri.apply(c.skill())) ? 1 : 0));
                        for (var f : features) {
                            row.append(',').append((float) f);
                        }
                        dump.println(row);
                    }
                }
            }
            systems.forEach((system, rankings) -> System.out.printf("  %-30s %s%n", system, RankingMetrics.figures(rankings, golds)));
        }
        if (dump != null) {
            dump.close();
        }
        if (!argList.contains("--no-latency")) {
            JobAdLatency.run(SkillMatchers.matcher(indexes, encoder, SkillMatchers.weights()));
        }
    }

    private static List<Integer> topCosine(float[] similarities) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < similarities.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> similarities[i]).reversed());
        return order.subList(0, 100);
    }

    private static List<String> featureNames() {
        return Reranker.featureNames();
    }
}
