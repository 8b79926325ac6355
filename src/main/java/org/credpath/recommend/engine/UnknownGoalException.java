package org.credpath.recommend.engine;

/** The goal names an occupation, credential or skill the catalog does not hold. */
public final class UnknownGoalException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownGoalException(String kind, String id) {
        super("No " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
