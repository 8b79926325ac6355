package org.credpath.web;

/** Validated paging parameters of a listing. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static PageRequest of(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more (was " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE + " (was " + size + ")");
        }
        return new PageRequest(page, size);
    }

    public long skip() {
        return (long) page * size;
    }
}
