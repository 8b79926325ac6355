package org.credpath.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An outcome keeps one link per skill, and a stated link is never replaced by an extracted one. */
class OutcomeSpecTests {

    @Test
    void aStatedLinkIsNeverReplacedByAnExtractedOne() {
        var stated = new AlignmentSpec("s", AlignmentSpec.STATED, 0.3, "tag: s");
        var extracted = new AlignmentSpec("s", AlignmentSpec.EXTRACTED, 0.9, "a sentence about s");
        var outcome = new OutcomeSpec("o", "statement", List.of(), List.of(extracted, stated));

        assertThat(outcome.alignments()).containsExactly(stated);
        assertThat(outcome.skills()).containsExactly("s");
    }

    @Test
    void ofTwoLinksFromOneSourceTheMoreConfidentStays() {
        var weak = new AlignmentSpec("s", AlignmentSpec.EXTRACTED, 0.4, "one");
        var strong = new AlignmentSpec("s", AlignmentSpec.EXTRACTED, 0.8, "two");

        assertThat(new OutcomeSpec("o", "x", List.of(), List.of(weak, strong)).alignments()).containsExactly(strong);
    }

    @Test
    void aSkillNamedOnlyInSkillsIsStatedAndUnassessed() {
        var outcome = new OutcomeSpec("o", "x", List.of("a", "b"), List.of(new AlignmentSpec("b", AlignmentSpec.EXTRACTED, 0.6, "e")));

        assertThat(outcome.skills()).containsExactly("b", "a");
        assertThat(outcome.alignments()).containsExactly(new AlignmentSpec("b", AlignmentSpec.EXTRACTED, 0.6, "e"), AlignmentSpec.stated("a"));
        assertThat(AlignmentSpec.stated("a").confidence()).isNull();
    }
}
