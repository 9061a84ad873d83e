package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's dependency parser classifier ({@link Classifier}, CoreNLP 4.5.10), giving the same scores to the last bit in
 * less time. It lives in CoreNLP's package because {@code Classifier.computeScores(int[])}, which the parser calls, is
 * package-private; {@code org.actorgraph.nlp.ParserLoader} puts it in the parser.
 *
 * <p>What CoreNLP computes, and how this computes it:
 * <ul>
 *   <li>The hidden layer sums, feature by feature, a vector {@code W1[:, slice] · E[token]}: in double for the features
 *   of the model's precomputed list ({@code depparse.numPreComputed}, 20,000 by default), in float otherwise (its
 *   {@code matrixMultiplySlice}, kept in an LRU cache of {@code numCached} entries). CoreNLP computes the precomputed
 *   vectors at load time (two seconds, 160 MB); here each is computed the first time a sentence needs it, by the same
 *   sums, so loading is shorter and the vectors never needed are never made. The others are kept in a direct-mapped
 *   cache, and recomputed identically on a miss.</li>
 *   <li>The output layer is {@code W2 · cube(hidden + b1)}, one dot product per transition, each a chain of a thousand
 *   dependent double additions. Here the sums run side by side, all transitions' at once over the transposed matrix
 *   (which the JIT vectorizes), and the slices four rows at a time. Each sum still adds its terms in CoreNLP's order
 *   (Java never reorders nor fuses floating-point operations), so every score is the same double.</li>
 * </ul>
 * Thread-safe: the lazily computed vectors are published through atomic arrays, and a vector is the same whichever
 * thread computes it.
 */
public final class ExactClassifier extends Classifier {
    /** Features per parser configuration ({@code Config.numTokens}). */
    private static final int TOKENS = Config.numTokens;

    private final float[][] w1;
    /** W2 transposed, its floats as doubles (exactly: a float is a double). */
    private final double[][] w2t;
    private final float[][] e;
    private final float[] b1;
    private final int embeddingSize;
    /** For each feature id (token × {@link #TOKENS} + position), its index in the precomputed list, or -1. */
    private final int[] precomputedIndex;
    private final AtomicReferenceArray<double[]> precomputed;
    private final AtomicReferenceArray<Slice> cache;

    /** A float slice {@code W1[:, slice] · E[token]} of one feature id. */
    private record Slice(int id, float[] values) {}

    /**
     * The classifier of these matrices (as the parser's model file gives them), with the first {@code numPreComputed}
     * feature ids of the model's {@code preComputed} list computed in double, and a cache of {@code cacheSize} float
     * slices for the others.
     */
    public ExactClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2, List<Integer> preComputed,
            int numPreComputed, int cacheSize) {
        super(config, e, w1, b1, w2, List.of());
        this.w1 = w1;
        this.w2t = transpose(w2);
        this.e = e;
        this.b1 = b1;
        this.embeddingSize = config.embeddingSize;
        this.precomputedIndex = new int[e.length * TOKENS];
        Arrays.fill(precomputedIndex, -1);
        int n = Math.min(numPreComputed, preComputed.size());
        for (int i = 0; i < n; i++) {
            precomputedIndex[preComputed.get(i)] = i;
        }
        this.precomputed = new AtomicReferenceArray<>(n);
        this.cache = new AtomicReferenceArray<>(cacheSize);
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[b1.length];
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int id = token * TOKENS + j;
            int pre = precomputedIndex[id];
            if (pre >= 0) {
                add(hidden, precomputed(pre, token, j));
            } else {
                add(hidden, slice(id, token, j));
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return multiply(hidden);
    }

    private double[] precomputed(int index, int token, int position) {
        double[] v = precomputed.get(index);
        if (v == null) {
            v = sums(token, position);
            precomputed.set(index, v);
        }
        return v;
    }

    private float[] slice(int id, int token, int position) {
        int slot = Math.floorMod(id * 0x9E3779B1, cache.length());
        Slice s = cache.get(slot);
        if (s == null || s.id() != id) {
            double[] sums = sums(token, position);
            float[] values = new float[sums.length];
            for (int i = 0; i < sums.length; i++) {
                values[i] = (float) sums[i];
            }
            s = new Slice(id, values);
            cache.set(slot, s);
        }
        return s.values();
    }

    /** {@code W1[:, slice] · E[token]}, each row's sum in double from 0, its float products added in order. */
    private double[] sums(int token, int position) {
        float[] x = e[token];
        int offset = position * embeddingSize;
        double[] out = new double[w1.length];
        int r = 0;
        for (; r + 3 < w1.length; r += 4) {
            float[] a = w1[r];
            float[] b = w1[r + 1];
            float[] c = w1[r + 2];
            float[] d = w1[r + 3];
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            for (int k = 0; k < x.length; k++) {
                float xk = x[k];
                sa += a[offset + k] * xk;
                sb += b[offset + k] * xk;
                sc += c[offset + k] * xk;
                sd += d[offset + k] * xk;
            }
            out[r] = sa;
            out[r + 1] = sb;
            out[r + 2] = sc;
            out[r + 3] = sd;
        }
        for (; r < w1.length; r++) {
            double s = 0;
            for (int k = 0; k < x.length; k++) {
                s += w1[r][offset + k] * x[k];
            }
            out[r] = s;
        }
        return out;
    }

    private static double[][] transpose(float[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }

    private static void add(double[] to, double[] v) {
        for (int i = 0; i < to.length; i++) {
            to[i] += v[i];
        }
    }

    private static void add(double[] to, float[] v) {
        for (int i = 0; i < to.length; i++) {
            to[i] += v[i];
        }
    }

    /**
     * {@code W2 · v}: each transition's score summed in order from 0, as {@code ArrayMath.dotProduct} does, but over the
     * transposed matrix, so that the inner loop runs across transitions (independent sums the JIT vectorizes).
     */
    private double[] multiply(double[] v) {
        double[] out = new double[w2t[0].length];
        for (int i = 0; i < v.length; i++) {
            double vi = v[i];
            double[] row = w2t[i];
            for (int t = 0; t < out.length; t++) {
                out[t] += vi * row[t];
            }
        }
        return out;
    }
}
