package org.credpath.web;

/** A large write refused before it starts because the store's disk has too little free space: answered 507. */
public class InsufficientStorageException extends RuntimeException {

    private final String store;
    private final long freeBytes;
    private final long neededBytes;

    public InsufficientStorageException(String message, String store, long freeBytes, long neededBytes) {
        super(message);
        this.store = store;
        this.freeBytes = freeBytes;
        this.neededBytes = neededBytes;
    }

    public String store() {
        return store;
    }

    public long freeBytes() {
        return freeBytes;
    }

    public long neededBytes() {
        return neededBytes;
    }
}
