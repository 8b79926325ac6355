package org.credpath.bench.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.credpath.skills.match.SkillConcept;

/**
 * A labelled validation set of ../shared/data/skill-extraction: each sentence with the set of ESCO skill URIs people
 * gave it. Rows without a skill ({@code UNDERSPECIFIED}, {@code LABEL NOT PRESENT}) are dropped, and so is a sentence
 * left with none; a label that is no preferred label of ESCO v1.1.1 is counted and dropped.
 */
public record ValidationSet(String name, List<Sentence> sentences, List<String> unknownLabels) {

    public record Sentence(String text, Set<String> gold, List<String> spans) {
    }

    public static ValidationSet read(Path file, String name, List<SkillConcept> skills) {
        var byLabel = new LinkedHashMap<String, String>();
        skills.forEach(s -> byLabel.putIfAbsent(s.label().toLowerCase(Locale.ROOT), s.uri()));
        var gold = new LinkedHashMap<String, Set<String>>();
        var spans = new LinkedHashMap<String, List<String>>();
        var unknown = new ArrayList<String>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            for (var row : parser) {
                var label = row.get("label").strip();
                if (label.equals("UNDERSPECIFIED") || label.equals("LABEL NOT PRESENT") || label.isEmpty()) {
                    continue;
                }
                var uri = byLabel.get(label.toLowerCase(Locale.ROOT));
                if (uri == null) {
                    unknown.add(label);
                    continue;
                }
                gold.computeIfAbsent(row.get("sentence"), k -> new LinkedHashSet<>()).add(uri);
                spans.computeIfAbsent(row.get("sentence"), k -> new ArrayList<>()).add(row.get("span"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var sentences = new ArrayList<Sentence>();
        gold.forEach((text, uris) -> sentences.add(new Sentence(text, uris, spans.get(text))));
        return new ValidationSet(name, sentences, unknown);
    }

    public Map<String, Set<String>> goldBySentence() {
        var map = new LinkedHashMap<String, Set<String>>();
        sentences.forEach(s -> map.put(s.text(), s.gold()));
        return map;
    }
}
