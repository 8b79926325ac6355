package org.credpath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.imports.ImportProgress;
import org.credpath.imports.utdallas.SourceFile;
import org.credpath.imports.utdallas.UtdallasCatalogMapper;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.Waivers;

/**
 * The real UT Dallas Computer Science BS 2023 (124 credit hours) on the whole mapped course catalog,
 * with a learner's realistic first-year transcript. The core curriculum file the degree imports is not
 * published, so an adviser waives that unresolved node and the catalog's consent/standing conditions
 * (all of them: {@link Waivers#ALL}).
 * Shared by the real-data test and the benchmark.
 */
public record UtdallasCsDegree(CatalogSnapshot snapshot, List<Holding> transcript, Set<String> waived) {

    public static final String DEGREE = "utd-degree-2023-computer-science-bs";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final List<String> FIRST_YEAR = List.of("CS 1200", "CS 1136", "CS 1337", "CS 2305", "ECS 1100",
            "MATH 2413", "MATH 2414", "RHET 1302", "PHYS 2325", "PHYS 2125");

    /** {@code root}: the {@code utdallas} folder of the shared data. */
    public static UtdallasCsDegree load(Path root) throws IOException {
        var courses = new SourceFile("courses.json", Files.readString(root.resolve("courses.json")));
        var degree = new SourceFile("degree_data/2023/Computer Science(BS).json",
                Files.readString(root.resolve("degree_data/2023/Computer Science(BS).json")));
        var mapping = new UtdallasCatalogMapper(List.of()).map(courses, List.of(degree), name -> Optional.empty(), ImportProgress.NONE);
        var snapshot = CatalogSnapshotOf.of(mapping.catalog());
        var transcript = new ArrayList<Holding>();
        for (var code : FIRST_YEAR) {
            var id = "utd-" + code.replace(' ', '-');
            if (snapshot.offering(id).isPresent()) {
                transcript.add(new Holding(id, TODAY.minusMonths(6), "A", true));
            }
        }
        return new UtdallasCsDegree(snapshot, List.copyOf(transcript), Set.of(Waivers.ALL));
    }
}
