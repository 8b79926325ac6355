package org.credpath.web;

/** Validated paging parameters of a listing. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    /** How deep a listing pages: page x size at most this, so that the offset is a sane int the database takes. */
    public static final int MAX_OFFSET = 1_000_000;

    public static PageRequest of(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more (was " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE + " (was " + size + ")");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new BadRequestException("page", "must be at most " + MAX_OFFSET / size + " with size " + size
                    + " (page x size at most " + MAX_OFFSET + "; was " + page + ")");
        }
        return new PageRequest(page, size);
    }

    public int skip() {
        return page * size;
    }
}
