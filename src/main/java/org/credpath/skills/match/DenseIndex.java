package org.credpath.skills.match;

import java.util.Map;

/**
 * The skills' label vectors as flat float arrays (one row per label, skills' rows contiguous), scanned by brute force:
 * a scan of the 13.9k preferred labels costs a few milliseconds, an index would not pay for itself at this size.
 * Hidden labels (misspellings, old names) get no vector.
 */
public final class DenseIndex {

    private final int dimension;
    private final float[] preferred;
    private final float[] all;
    private final int[] firstRow;

    /** {@code vectors}: the vector of every preferred and alternative label text of the vocabulary. */
    public DenseIndex(Vocabulary vocabulary, Map<String, float[]> vectors, int dimension) {
        this.dimension = dimension;
        int skills = vocabulary.size();
        preferred = new float[skills * dimension];
        firstRow = new int[skills + 1];
        int rows = (int) vocabulary.labels().stream().filter(l -> l.kind() != LabelKind.HIDDEN).count();
        all = new float[rows * dimension];
        int row = 0;
        for (var label : vocabulary.labels()) {
            if (label.kind() == LabelKind.HIDDEN) {
                continue;
            }
            var vector = vectors.get(label.text());
            if (vector == null) {
                throw new IllegalArgumentException("no vector for the label '" + label.text() + "'");
            }
            if (label.kind() == LabelKind.PREFERRED) {
                System.arraycopy(vector, 0, preferred, label.skill() * dimension, dimension);
                firstRow[label.skill()] = row;
            }
            System.arraycopy(vector, 0, all, row * dimension, dimension);
            row++;
        }
        firstRow[skills] = row;
    }

    public int dimension() {
        return dimension;
    }

    /** Cosine of the text to every skill's preferred label, by skill number. */
    public float[] preferredSimilarities(float[] query) {
        var out = new float[firstRow.length - 1];
        for (int s = 0; s < out.length; s++) {
            out[s] = dot(preferred, s * dimension, query);
        }
        return out;
    }

    /** Cosine of the text to each skill's closest label, preferred or alternative, by skill number. */
    public float[] bestLabelSimilarities(float[] query) {
        var out = new float[firstRow.length - 1];
        for (int s = 0; s < out.length; s++) {
            out[s] = bestLabelSimilarity(s, query);
        }
        return out;
    }

    public float bestLabelSimilarity(int skill, float[] query) {
        float best = -1;
        for (int row = firstRow[skill]; row < firstRow[skill + 1]; row++) {
            best = Math.max(best, dot(all, row * dimension, query));
        }
        return best;
    }

    /** Four accumulators: the JIT does not reorder a float sum by itself, so one would serialise on its latency. */
    private float dot(float[] matrix, int offset, float[] query) {
        float a = 0;
        float b = 0;
        float c = 0;
        float d = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            a += matrix[offset + i] * query[i];
            b += matrix[offset + i + 1] * query[i + 1];
            c += matrix[offset + i + 2] * query[i + 2];
            d += matrix[offset + i + 3] * query[i + 3];
        }
        for (; i < dimension; i++) {
            a += matrix[offset + i] * query[i];
        }
        return a + b + c + d;
    }
}
