package org.credpath.imports.esco;

/**
 * A relation between two ESCO concepts, from the row it came from; {@code essential} is null where
 * the relation has no such property (BROADER).
 */
record Relation(String from, String to, Boolean essential, String file, long line, String fromField, String toField) {

    String key() {
        return from + ' ' + to;
    }
}
