package org.credpath.skills.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The description vectors of the sense check: encoded on a skill's first use only, kept in their file so a restart
 * encodes nothing, encoded again when ESCO's description changes; a skill without a description has no sense (NaN,
 * not 0). A counting encoder stands in for the model.
 */
class DescriptionVectorsTests {

    @TempDir
    Path folder;

    private static final SkillConcept REVENUE = skill("revenue", "manage revenue",
            "Manage revenue, including deposit reconciliation, cash handling and delivery of deposits to the bank. More text.");
    private static final SkillConcept PROTEIN = skill("protein", "protein", "The nutrients that provide living organisms with energy.");
    private static final SkillConcept UNDESCRIBED = skill("none", "no description", null);

    @Test
    void onlyTheSkillsAskedAboutAreEncodedAndARestartReadsTheFile() {
        var file = folder.resolve("labels.descriptions.vec");
        var encoder = new CountingEncoder();
        var vectors = new DescriptionVectors(new Vocabulary(List.of(REVENUE, PROTEIN, UNDESCRIBED)), encoder, file);
        var query = encoder.encode("cash handling");
        encoder.texts.clear();
        double first = vectors.similarity(query, 0);
        vectors.similarity(query, 0);
        assertThat(encoder.texts).containsExactly("manage revenue. Manage revenue, including deposit reconciliation, cash handling and "
                + "delivery of deposits to the bank. More text.");
        vectors.flush();
        assertThat(file).exists();

        var restarted = new CountingEncoder();
        var again = new DescriptionVectors(new Vocabulary(List.of(REVENUE, PROTEIN, UNDESCRIBED)), restarted, file);
        assertThat(again.similarity(query, 0)).isEqualTo(first);
        assertThat(restarted.texts).as("a restart encodes nothing the file holds").isEmpty();
    }

    @Test
    void aChangedDescriptionIsEncodedAgain() {
        var file = folder.resolve("labels.descriptions.vec");
        var encoder = new CountingEncoder();
        var vectors = new DescriptionVectors(new Vocabulary(List.of(PROTEIN)), encoder, file);
        vectors.similarity(encoder.encode("proteins"), 0);
        vectors.flush();

        var changed = skill("protein", "protein", "Large biomolecules made of amino acids.");
        var restarted = new CountingEncoder();
        new DescriptionVectors(new Vocabulary(List.of(changed)), restarted, file).similarity(restarted.encode("proteins"), 0);
        assertThat(restarted.texts).containsExactly("proteins", "protein. Large biomolecules made of amino acids.");
    }

    @Test
    void theTextIsTheLabelAndTheFirstSentencesAndNoDescriptionIsUnknown() {
        assertThat(DescriptionVectors.text(REVENUE, 1)).isEqualTo("manage revenue. Manage revenue, including deposit reconciliation, "
                + "cash handling and delivery of deposits to the bank.");
        assertThat(DescriptionVectors.text(REVENUE, 0)).endsWith("to the bank. More text.");
        assertThat(DescriptionVectors.text(REVENUE, 5)).isEqualTo(DescriptionVectors.text(REVENUE, 0));
        var file = folder.resolve("d.vec");
        var encoder = new CountingEncoder();
        var vectors = new DescriptionVectors(new Vocabulary(List.of(UNDESCRIBED)), encoder, file);
        assertThat(vectors.similarity(encoder.encode("anything"), 0)).isNaN();
        assertThat(DescriptionVectors.fileBeside(Path.of("data/skill-vectors/esco-labels.vec")))
                .isEqualTo(Path.of("data/skill-vectors/esco-labels.descriptions.vec"));
    }

    @Test
    void nothingEncodedWritesNoFile() {
        var file = folder.resolve("untouched.vec");
        new DescriptionVectors(new Vocabulary(List.of(PROTEIN)), new CountingEncoder(), file).flush();
        assertThat(Files.exists(file)).isFalse();
    }

    private static SkillConcept skill(String id, String label, String description) {
        return new SkillConcept("http://example.org/" + id, label, List.of(), List.of(), "knowledge", null, description);
    }

    /** A deterministic stand-in for the model: a unit vector from the text's hash; remembers what it encoded. */
    private static final class CountingEncoder implements TextEncoder {

        final List<String> texts = new ArrayList<>();

        @Override
        public String model() {
            return "counting/1";
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public float[] encode(String text) {
            texts.add(text);
            var random = new java.util.Random(text.hashCode());
            var vector = new float[8];
            double norm = 0;
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
                norm += vector[i] * vector[i];
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            return vector;
        }
    }
}
