package org.credpath.recommend.engine;

/** The goal resolves to no skill at all, so no gap, step or route can be computed. */
public final class EmptyProfileException extends RuntimeException {

    public EmptyProfileException(String message) {
        super(message);
    }
}
