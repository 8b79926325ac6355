package org.credpath.web;

/**
 * The database failed while committing a write, so it may or may not be saved (a commit written to the transaction
 * log survives a failure to apply it). Answered 503 saying so and how to check, never as "failed".
 */
public class CommitOutcomeUnknownException extends RuntimeException {

    private final String howToCheck;

    public CommitOutcomeUnknownException(String what, String howToCheck, Throwable cause) {
        super("The database failed while committing " + what + ": it may or may not have been saved. " + howToCheck, cause);
        this.howToCheck = howToCheck;
    }

    public String howToCheck() {
        return howToCheck;
    }
}
