package org.credpath.imports;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.skills.SkillLinks;

/**
 * Skills from the text of credentials whose source links them to few or none (CTDL components, Open Badges and ELM
 * achievements): every outcome statement gets the skills the matcher finds in it (extracted, never replacing a stated
 * link), and a credential left with no skill at all gets an outcome {@code <id>#description} with the skills of its
 * title and description (of its title alone for a section of a variable-topic course, {@link VariableTopic}).
 */
public final class OutcomeSkills {

    private OutcomeSkills() {
    }

    /** The catalog with the skills found, and a line for the report (how many credentials and links). */
    public static Catalog add(Catalog catalog, SkillLinks links, List<String> report) {
        var credentials = new ArrayList<CredentialSpec>(catalog.credentials().size());
        int before = 0;
        int after = 0;
        for (var c : catalog.credentials()) {
            var linked = add(c, links);
            before += c.outcomes().isEmpty() || c.outcomes().stream().allMatch(o -> o.skills().isEmpty()) ? 0 : 1;
            after += linked.outcomes().stream().anyMatch(o -> !o.skills().isEmpty()) ? 1 : 0;
            credentials.add(linked);
        }
        report.add("skills from text: %d of %d credentials teach at least one skill (%d by what the source states)"
                .formatted(after, credentials.size(), before));
        return new Catalog(catalog.providers(), catalog.skills(), catalog.occupations(), credentials, catalog.learners());
    }

    static CredentialSpec add(CredentialSpec c, SkillLinks links) {
        var outcomes = new ArrayList<OutcomeSpec>();
        for (var o : c.outcomes()) {
            var found = o.statement() == null || o.statement().isBlank() ? List.<org.credpath.catalog.model.AlignmentSpec>of()
                    : links.extractOutcome(c.title(), o.statement());
            var all = new ArrayList<>(o.alignments());
            all.addAll(found);
            outcomes.add(new OutcomeSpec(o.id(), o.statement(), List.of(), all));
        }
        if (outcomes.stream().allMatch(o -> o.skills().isEmpty())) {
            var text = String.join(".\n", java.util.stream.Stream.of(c.title(), c.description())
                    .filter(t -> t != null && !t.isBlank()).toList());
            var found = text.isBlank() ? List.<org.credpath.catalog.model.AlignmentSpec>of()
                    : links.extract(new SkillLinks.CredentialText(c.title(), VariableTopic.topic(c.title(), null, c.description())
                            .isPresent() ? "" : c.description()));
            if (!found.isEmpty()) {
                outcomes.add(new OutcomeSpec(c.id() + "#description", text, List.of(), found));
            }
        }
        return c.withOutcomes(outcomes);
    }
}
