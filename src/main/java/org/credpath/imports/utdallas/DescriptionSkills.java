package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.imports.ImportProgress;
import org.credpath.skills.SkillLinks;

/**
 * Gives every UT Dallas course the skills its title and description name ({@link CourseText}), found by the skill
 * matcher (the title read as a title, each description sentence with the title as what it is about; a section of a
 * variable-topic course by its title alone): one outcome {@code <id>#description} whose statement is that text and whose links are extracted, each with
 * its confidence and the sentence it came from. The source states no skill, so nothing stated is replaced.
 */
final class DescriptionSkills {

    static final String STEP = "matching skills in course descriptions";

    private DescriptionSkills() {
    }

    /** The mapping with the courses' skills, and a line saying how many courses got one and how long it took. */
    static UtdallasMapping add(UtdallasMapping mapping, SkillLinks links, int threads, ImportProgress progress) {
        long started = System.nanoTime();
        var credentials = mapping.catalog().credentials();
        var texts = credentials.stream().map(c -> c.kind() == CredentialKind.COURSE ? CourseText.of(c.title(), c.description()) : null)
                .toList();
        int courses = (int) texts.stream().filter(t -> t != null).count();
        progress.step(STEP, 0, courses);
        var read = credentials.stream().map(c -> c.kind() == CredentialKind.COURSE ? CourseText.read(c.title(), c.description()) : null)
                .toList();
        var found = links.extractAll(read, threads, done -> progress.step(STEP, Math.min(done, courses), courses));
        var linked = new ArrayList<CredentialSpec>(credentials.size());
        int withSkill = 0;
        int linkCount = 0;
        for (int i = 0; i < credentials.size(); i++) {
            var c = credentials.get(i);
            var alignments = found.get(i);
            if (alignments.isEmpty()) {
                linked.add(c);
                continue;
            }
            withSkill++;
            linkCount += alignments.size();
            var outcomes = new ArrayList<>(c.outcomes());
            outcomes.add(new OutcomeSpec(c.id() + "#description", texts.get(i), List.of(), alignments));
            linked.add(c.withOutcomes(outcomes));
        }
        var catalog = mapping.catalog();
        var warnings = new ArrayList<>(mapping.warnings());
        warnings.add(0, "skills from course descriptions: %d of %d courses linked to at least one skill (%d links at confidence %.1f or more), in %.1f s on %d thread(s)"
                .formatted(withSkill, courses, linkCount, SkillLinks.FLOOR, (System.nanoTime() - started) / 1e9, threads));
        return new UtdallasMapping(new Catalog(catalog.providers(), catalog.skills(), catalog.occupations(), linked, catalog.learners()),
                mapping.origins(), warnings, mapping.tally());
    }
}
