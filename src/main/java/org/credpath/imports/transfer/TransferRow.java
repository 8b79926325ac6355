package org.credpath.imports.transfer;

/**
 * One row of a transfer equivalency table, checked: the external course ({@code fromProvider}, {@code fromCode},
 * {@code fromTitle}) counts for {@code credits} ECTS as the internal credential {@code toCredential} of
 * {@code toProvider}, or, when {@code toSubject} is given instead, as credits in that subject. {@code course} is the
 * external course's credential id (the catalog's, or the one the import creates); {@code source} says where the row
 * came from ({@code table.csv line 4}); {@code eqfLevel}, optional, is the external course's level (filters may ask for one).
 */
record TransferRow(String course, boolean newCourse, String fromProvider, String fromCode, String fromTitle, double credits,
                   Integer eqfLevel, String toProvider, String toCredential, String toSubject, String source) {
}
