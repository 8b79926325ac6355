package org.credpath.recommend.engine;

/** A filter out of range, or filters that exclude each other; names the parameter. */
public final class InvalidFilterException extends RuntimeException {

    private final String parameter;

    public InvalidFilterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
