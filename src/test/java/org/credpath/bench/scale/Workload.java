package org.credpath.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.LearnerSpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * The requests a benchmark sends, sampled from a generated catalog with its own seed: learners with a
 * credential goal and holdings (audit and plan toward that goal), learners with an occupation goal (next
 * step and route), and the occupations learners aim at (employer coverage).
 */
public record Workload(List<Pair> goals, List<String> learners, List<String> occupations) {

    public record Pair(String learner, String target) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Workload sample(Catalog catalog, long seed, int size) {
        var draw = new Draw(seed ^ 0x5DEECE66DL);
        var all = catalog.learners();
        var goals = new ArrayList<Pair>();
        var learners = new ArrayList<String>();
        var occupations = new LinkedHashSet<String>();
        for (int attempt = 0; attempt < 50 * size && (goals.size() < size || learners.size() < size) && !all.isEmpty(); attempt++) {
            var l = all.get(draw.below(all.size()));
            var credential = l.goals().stream().map(LearnerSpec.Goal::credential).filter(c -> c != null).findFirst();
            var occupation = l.goals().stream().map(LearnerSpec.Goal::occupation).filter(o -> o != null).findFirst();
            if (credential.isPresent() && !l.earned().isEmpty() && goals.size() < size) {
                goals.add(new Pair(l.id(), credential.get()));
            }
            if (occupation.isPresent() && learners.size() < size) {
                learners.add(l.id());
                if (occupations.size() < size / 10) {
                    occupations.add(occupation.get());
                }
            }
        }
        return new Workload(goals, learners, List.copyOf(occupations));
    }

    public void write(Path file) {
        try {
            Files.writeString(file, JSON.writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workload read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), Workload.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
