package org.credpath.skills.match;

import java.util.Map;

/**
 * The skills' preferred-label vectors as one flat float array, scanned by brute force: a scan of the 13.9k preferred
 * labels costs a few milliseconds, an index would not pay for itself at this size. Alternative labels get no vector:
 * with them (98k more, 7x the one-off cost) the validation figures moved by under a point (docs/skill-matching.md).
 */
public final class DenseIndex {

    private final int dimension;
    private final float[] preferred;
    private final int skills;

    /** {@code vectors}: the vector of every preferred label text of the vocabulary. */
    public DenseIndex(Vocabulary vocabulary, Map<String, float[]> vectors, int dimension) {
        this.dimension = dimension;
        this.skills = vocabulary.size();
        preferred = new float[skills * dimension];
        for (var label : vocabulary.labels()) {
            if (label.kind() != LabelKind.PREFERRED) {
                continue;
            }
            var vector = vectors.get(label.text());
            if (vector == null) {
                throw new IllegalArgumentException("no vector for the preferred label '" + label.text() + "'");
            }
            System.arraycopy(vector, 0, preferred, label.skill() * dimension, dimension);
        }
    }

    public int dimension() {
        return dimension;
    }

    /** Cosine of the text to every skill's preferred label, by skill number. */
    public float[] preferredSimilarities(float[] query) {
        var out = new float[skills];
        for (int s = 0; s < out.length; s++) {
            out[s] = dot(s * dimension, query);
        }
        return out;
    }

    /** Cosine of the text to one skill's preferred label. */
    public float similarity(float[] query, int skill) {
        return dot(skill * dimension, query);
    }

    /** Four accumulators: the JIT does not reorder a float sum by itself, so one would serialise on its latency. */
    private float dot(int offset, float[] query) {
        float a = 0;
        float b = 0;
        float c = 0;
        float d = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            a += preferred[offset + i] * query[i];
            b += preferred[offset + i + 1] * query[i + 1];
            c += preferred[offset + i + 2] * query[i + 2];
            d += preferred[offset + i + 3] * query[i + 3];
        }
        for (; i < dimension; i++) {
            a += preferred[offset + i] * query[i];
        }
        return a + b + c + d;
    }
}
