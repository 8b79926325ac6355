package org.credpath.catalog.snapshot;

/** A filter or option out of range, or filters that exclude each other; names the request parameter (answered with 400). */
public final class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
