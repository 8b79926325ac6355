package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.ImportProgress;

/**
 * Maps the UT Dallas course catalog ({@code courses.json}) and degree rule files onto the credpath
 * catalog model, framework-free. A source with any malformed part is refused whole with every problem
 * located in its file; what is well-formed but cannot be resolved (unknown course ids or codes, the
 * missing {@code core.json}) is kept as an unresolved rule leaf and reported as a warning.
 * Validation against the database and prerequisite cycles is left to the catalog validator.
 */
public final class UtdallasCatalogMapper {

    public static final String PROVIDER_ID = "utd";
    public static final ProviderSpec PROVIDER = new ProviderSpec(PROVIDER_ID, "The University of Texas at Dallas", "US",
            "university", "https://www.utdallas.edu");

    /** Stored UT Dallas courses as (code, credential id), for degree files imported without {@code courses.json}. */
    public record StoredCourse(String code, String id) {
    }

    private final List<StoredCourse> stored;

    public UtdallasCatalogMapper(List<StoredCourse> stored) {
        this.stored = List.copyOf(stored);
    }

    /**
     * Maps {@code courses} (may be null: degrees then refer to stored courses) and {@code degrees};
     * {@code imports} finds a file named by an {@code @import}, relative to the source root.
     *
     * @throws CatalogRejectedException listing every problem when any part is malformed
     */
    public UtdallasMapping map(SourceFile courses, List<SourceFile> degrees, Function<String, Optional<SourceFile>> imports,
                               ImportProgress progress) {
        var findings = new Findings();
        var credentials = new ArrayList<CredentialSpec>();
        var origins = new ArrayList<String>();
        var index = new CourseIndex();
        if (courses != null) {
            var root = Json.parse(courses, findings.problems);
            if (root != null) {
                var mapped = new CourseMapper(PROVIDER_ID, findings).map(courses, root, progress);
                credentials.addAll(mapped.courses());
                origins.addAll(mapped.origins());
                index = mapped.index();
            }
        } else {
            for (var course : stored) {
                index.add(course.code(), course.id());
            }
        }
        int courseCount = credentials.size();
        var degreeMapper = new DegreeMapper(PROVIDER_ID, index, imports, findings);
        for (int i = 0; i < degrees.size(); i++) {
            var file = degrees.get(i);
            var root = Json.parse(file, findings.problems);
            var degree = root == null ? null : degreeMapper.map(file, root);
            if (degree != null) {
                credentials.add(degree);
                origins.add(file.name() + ": $");
            }
            progress.step("mapping degrees", i + 1, degrees.size());
        }
        if (courses == null && degrees.isEmpty()) {
            findings.problem("", "the source holds neither courses.json nor a degree file");
        }
        if (!findings.problems.isEmpty()) {
            throw new CatalogRejectedException(source(courses, degrees), findings.problems);
        }
        var catalog = new Catalog(List.of(PROVIDER), List.of(), List.of(), DegreeYears.link(credentials), List.of());
        return new UtdallasMapping(catalog, origins, findings.warnings,
                findings.tally(courseCount, credentials.size() - courseCount));
    }

    private static String source(SourceFile courses, List<SourceFile> degrees) {
        if (courses != null) {
            return degrees.isEmpty() ? courses.name() : courses.name() + " and " + degrees.size() + " degree file(s)";
        }
        return degrees.size() == 1 ? degrees.get(0).name() : degrees.size() + " degree file(s)";
    }
}
