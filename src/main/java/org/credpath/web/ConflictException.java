package org.credpath.web;

/** A write that concurrent writes to the same record kept failing, after retries: answered 409 with Retry-After. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
