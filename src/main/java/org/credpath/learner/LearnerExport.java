package org.credpath.learner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.database.GraphReader;
import org.credpath.web.BadRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A learner's holdings exported as credential documents ({@link CredentialDocuments}) in the format asked for. */
@Component
class LearnerExport {

    enum Format { OB3, CLR, ELM }

    private final GraphReader graph;
    private final double minConfidence; // a skill link under it is not taken to teach the skill, so not exported as an alignment

    LearnerExport(GraphReader graph,
                  @Value("${credpath.skills.min-confidence:" + CatalogSnapshots.DEFAULT_MIN_CONFIDENCE + "}") double minConfidence) {
        this.graph = graph;
        this.minConfidence = minConfidence;
    }

    static Format format(String value) {
        return Arrays.stream(Format.values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("format", "is '" + value + "'; use one of "
                        + Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** The documents, or empty for an unknown learner. */
    Optional<Object> export(String id, Format format) {
        return graph.one("learner/learner-export", Map.of("id", id, "minConfidence", minConfidence)).map(row -> {
            @SuppressWarnings("unchecked")
            var learner = (Map<String, Object>) row.get("learner");
            var name = (String) learner.get("name");
            var holdings = graph.list(row.get("earned"), ExportedHolding.class);
            return switch (format) {
                case OB3 -> CredentialDocuments.openBadges(id, name, holdings);
                case CLR -> CredentialDocuments.clr(id, name, holdings);
                case ELM -> CredentialDocuments.elm(id, name, holdings);
            };
        });
    }
}
