package org.credpath.skills;

/** A text over the size limit: answered 413 naming the parameter, its length and the limit. */
public class TextTooLong extends RuntimeException {

    private final String parameter;
    private final int length;
    private final int limit;

    TextTooLong(String parameter, int length, int limit) {
        super(parameter + ": is " + length + " characters long; the limit is " + limit + " characters (split longer texts)");
        this.parameter = parameter;
        this.length = length;
        this.limit = limit;
    }

    public String parameter() {
        return parameter;
    }

    public int length() {
        return length;
    }

    public int limit() {
        return limit;
    }
}
