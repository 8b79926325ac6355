package org.credpath.imports.credentials;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The first of a credential's dates that is a date, read as the day it states. */
final class Dates {

    private Dates() {
    }

    static LocalDate date(String... candidates) {
        for (var text : candidates) {
            if (text == null) {
                continue;
            }
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
                } catch (DateTimeParseException ignored) {
                    // not a date: try the next one
                }
            }
        }
        return null;
    }
}
