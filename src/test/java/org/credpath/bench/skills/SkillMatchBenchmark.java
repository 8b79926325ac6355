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

import org.credpath.imports.skills.LabelResolver;
import org.credpath.skills.match.LexicalHit;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.Candidate;
import org.credpath.skills.match.Reranker;
import org.credpath.skills.match.Retrieval;
import org.credpath.skills.match.SkillConcept;
import org.credpath.skills.match.SkillMatchers.Indexes;
import org.credpath.skills.match.SkillMatchers;
import org.credpath.skills.match.Terms;

/**
 * The skill matcher and its baselines on the TECH and HOUSE validation sets: R-Precision@5, @10 and MRR with bootstrap
 * intervals; the one-off cost of the label vectors; the latency of matching a 300-word job ad. Run by
 * {@code bench/skills.sh} (arguments: {@code --dump FILE} writes every candidate's features with its gold flag, for
 * fitting the re-ranker; {@code --sense N} writes instead each sentence's top N by today's score with one more feature,
 * the cosine of the sentence to the skill's ESCO description ({@link org.credpath.skills.match.DescriptionVectors});
 * {@code --no-latency} skips the latency runs).
 */
public final class SkillMatchBenchmark {

    private static final Path DATA = Path.of(System.getProperty("credpath.shared-data", "../shared/data"));
    private static final List<String> SYSTEMS = List.of("label resolver (sentence)", "label resolver (gold spans)", "BM25 over labels",
            "cosine over preferred labels", "RRF (BM25 + cosine)", "matcher (re-ranked)");

    private final List<SkillConcept> skills;
    private final MiniLmEncoder encoder = new MiniLmEncoder();
    private final Indexes indexes;
    private final Retrieval retrieval;
    private final Reranker reranker;
    private final LabelResolver resolver;
    private final PrintWriter dump;
    private final int sense;

    private SkillMatchBenchmark(List<SkillConcept> skills, PrintWriter dump, int sense) {
        this.skills = skills;
        this.dump = dump;
        this.sense = sense;
        long start = System.nanoTime();
        int[] computed = {0};
        indexes = SkillMatchers.indexes(skills, encoder, Path.of("data/skill-vectors/esco-labels.vec"), n -> computed[0] = n);
        System.out.printf("ESCO v1.1.1: %d skills, %d labels; label vectors: %d computed now, ready in %.1f s%n", skills.size(),
                indexes.vocabulary().labels().size(), computed[0], (System.nanoTime() - start) / 1e9);
        retrieval = new Retrieval(indexes.lexical(), indexes.dense());
        reranker = SkillMatchers.reranker(indexes, SkillMatchers.weights());
        resolver = new LabelResolver(skills.stream().map(s -> new LabelResolver.Concept(s.uri(), s.label(), s.altLabels())).toList());
        if (dump != null) {
            dump.println("set,sentence,goldSize,uri,gold," + String.join(",", Reranker.featureNames()) + (sense > 0 ? ",descriptionCosine" : ""));
        }
    }

    public static void main(String[] args) throws IOException {
        var argList = List.of(args);
        var dump = argList.contains("--dump")
                ? new PrintWriter(Files.newBufferedWriter(Path.of(argList.get(argList.indexOf("--dump") + 1)))) : null;
        int sense = argList.contains("--sense") ? Integer.parseInt(argList.get(argList.indexOf("--sense") + 1)) : 0;
        var benchmark = new SkillMatchBenchmark(EscoSkillsCsv.read(DATA.resolve("esco-v1.1.1")), dump, sense);
        long start = System.nanoTime();
        int kept = sense > 0 ? benchmark.indexes.descriptions().size() : 0;
        for (var name : List.of("tech", "house")) {
            benchmark.evaluate(name);
        }
        if (dump != null) {
            dump.close();
        }
        if (sense > 0) {
            benchmark.indexes.descriptions().flush();
            System.out.printf("%nboth sets with the description cosines of each sentence's top %d: %.1f s, %d description texts encoded now%n",
                    sense, (System.nanoTime() - start) / 1e9, benchmark.indexes.descriptions().size() - kept);
        }
        if (!argList.contains("--no-latency")) {
            JobAdLatency.run(SkillMatchers.matcher(benchmark.indexes, benchmark.encoder, SkillMatchers.weights()));
        }
    }

    private void evaluate(String name) {
        var set = ValidationSet.read(DATA.resolve("skill-extraction/" + name + "_validation_annotations.csv"), name, skills);
        System.out.printf("%n%s: %d sentences, %d gold links, %d labels not in ESCO v1.1.1 dropped %s%n", name.toUpperCase(),
                set.sentences().size(), set.sentences().stream().mapToInt(s -> s.gold().size()).sum(), set.unknownLabels().size(),
                set.unknownLabels());
        var systems = new LinkedHashMap<String, List<List<String>>>();
        SYSTEMS.forEach(system -> systems.put(system, new ArrayList<>()));
        var golds = new ArrayList<Set<String>>();
        for (int i = 0; i < set.sentences().size(); i++) {
            var sentence = set.sentences().get(i);
            golds.add(sentence.gold());
            rankings(name, i, sentence).forEach((system, ranking) -> systems.get(system).add(ranking));
        }
        systems.forEach((system, rankings) -> System.out.printf("  %-30s %s%n", system, RankingMetrics.figures(rankings, golds)));
    }

    /** Each system's ranking of the sentence's skills (URIs, best first). */
    private Map<String, List<String>> rankings(String set, int index, ValidationSet.Sentence sentence) {
        var terms = Terms.of(sentence.text());
        var vector = encoder.encode(sentence.text());
        var out = new LinkedHashMap<String, List<String>>();
        out.put(SYSTEMS.get(0), resolver.resolve(sentence.text()).skills());
        out.put(SYSTEMS.get(1), sentence.spans().stream().flatMap(span -> resolver.resolve(span).skills().stream()).distinct().toList());
        out.put(SYSTEMS.get(2), indexes.lexical().search(terms).entrySet().stream()
                .sorted(Map.Entry.<Integer, LexicalHit>comparingByValue(Comparator.comparingDouble(LexicalHit::bm25)).reversed())
                .limit(100).map(e -> uri(e.getKey())).toList());
        out.put(SYSTEMS.get(3), topCosine(indexes.dense().preferredSimilarities(vector)).stream().map(this::uri).toList());
        var candidates = retrieval.candidates(terms, vector, Map.of());
        out.put(SYSTEMS.get(4), candidates.stream().map(c -> uri(c.skill())).toList());
        out.put(SYSTEMS.get(5), reranker.rank(candidates).stream().map(s -> uri(s.candidate().skill())).toList());
        if (dump != null) {
            dump(set, index, sentence, candidates, vector);
        }
        return out;
    }

    private void dump(String set, int index, ValidationSet.Sentence sentence, List<Candidate> candidates, float[] vector) {
        var dumped = sense > 0 ? reranker.rank(candidates).stream().limit(sense).map(Reranker.Scored::candidate).toList() : candidates;
        for (var c : dumped) {
            var uri = uri(c.skill());
            var row = new StringBuilder(set + "," + index + "," + sentence.gold().size() + "," + uri + "," + (sentence.gold().contains(uri) ? 1 : 0));
            for (var f : reranker.features(c)) {
                row.append(',').append((float) f);
            }
            if (sense > 0) {
                row.append(',').append((float) indexes.descriptions().similarity(vector, c.skill()));
            }
            dump.println(row);
        }
    }

    private String uri(int skill) {
        return indexes.vocabulary().skill(skill).uri();
    }

    private static List<Integer> topCosine(float[] similarities) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < similarities.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> similarities[i]).reversed());
        return order.subList(0, 100);
    }
}
