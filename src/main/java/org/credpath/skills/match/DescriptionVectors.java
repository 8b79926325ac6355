package org.credpath.skills.match;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * What ESCO's description says each skill is, as a vector: the skill's preferred label and the first
 * {@value #SENTENCES} sentences of its description, encoded on first use (only the skills a caller asks about, such as
 * the candidates of a link) and kept in a file beside the label vectors ({@link VectorCache}, keyed by the text: a
 * changed description is encoded again, a restart encodes nothing the file holds). The file is read on first use, so
 * building a matcher costs nothing more. Where a label can be read in several senses ("manage revenue", cash handling;
 * "protein", the nutrient), the description says which one ESCO means.
 */
public final class DescriptionVectors {

    /** Sentences of the description read (0: all); chosen by bench SenseCheck (docs/skill-matching.md). */
    public static final int SENTENCES = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9(\"'])");

    private final Vocabulary vocabulary;
    private final TextEncoder encoder;
    private final Path file;
    private final AtomicReferenceArray<float[]> bySkill;
    private volatile VectorCache cache;

    public DescriptionVectors(Vocabulary vocabulary, TextEncoder encoder, Path file) {
        this.vocabulary = vocabulary;
        this.encoder = encoder;
        this.file = file;
        this.bySkill = new AtomicReferenceArray<>(vocabulary.size());
    }

    /** The file kept beside a file of label vectors: {@code esco-labels.vec} -> {@code esco-labels.descriptions.vec}. */
    public static Path fileBeside(Path labelVectors) {
        var name = labelVectors.getFileName().toString();
        var stem = name.endsWith(".vec") ? name.substring(0, name.length() - 4) : name;
        return labelVectors.resolveSibling(stem + ".descriptions.vec");
    }

    /** The text encoded for a skill: its label, then the first {@code sentences} of its description (0: all); null without one. */
    public static String text(SkillConcept skill, int sentences) {
        var description = skill.description();
        if (description == null || description.isBlank()) {
            return null;
        }
        var parts = SENTENCE_END.split(description.strip());
        var kept = sentences <= 0 || sentences >= parts.length ? description.strip()
                : String.join(" ", java.util.Arrays.copyOf(parts, sentences));
        return skill.label() + ". " + kept;
    }

    /** Cosine of a text's unit vector to the skill's description vector; NaN for a skill without a description. */
    public double similarity(float[] vector, int skill) {
        var known = bySkill.get(skill);
        if (known == null) {
            var text = text(vocabulary.skill(skill), SENTENCES);
            if (text == null) {
                return Double.NaN;
            }
            known = cache().vector(text);
            bySkill.set(skill, known);
        }
        return dot(known, vector);
    }

    /** {@link #similarity(float[], int)} with another number of the description's sentences (what the bench compares). */
    public double similarity(float[] vector, int skill, int sentences) {
        var text = text(vocabulary.skill(skill), sentences);
        return text == null ? Double.NaN : dot(cache().vector(text), vector);
    }

    /** Saves the vectors computed since the last save (they are also saved every thousand, or after 30 s). */
    public void flush() {
        if (cache != null) {
            cache.flush();
        }
    }

    /** How many description texts have a vector (read from the file or computed since): reading the file is the first use. */
    public int size() {
        return cache().size();
    }

    private VectorCache cache() {
        var current = cache;
        if (current == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = new VectorCache(file, encoder);
                }
                current = cache;
            }
        }
        return current;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
