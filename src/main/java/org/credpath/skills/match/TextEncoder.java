package org.credpath.skills.match;

/** Turns a text into a unit-length vector whose dot product with another measures how close their meanings are. */
public interface TextEncoder {

    /** A name that changes whenever the vectors would (the model and its version): persisted vectors are keyed by it. */
    String model();

    int dimension();

    float[] encode(String text);
}
