package org.credpath.stacking.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A learner's terms, for rule timing ({@code completeByTerm}, {@code before}): term 1 begins on the day they started the
 * programme and every term lasts {@code termMonths} months (6 by default: two terms a year, as semesters; a summer session
 * falls in the spring's term). Term N ends the day before term N+1 begins. A date before the start is in term 0.
 */
public record TermCalendar(LocalDate start, int termMonths) {

    public static final int DEFAULT_TERM_MONTHS = 6;

    public TermCalendar {
        Objects.requireNonNull(start);
        if (termMonths < 1) {
            throw new IllegalArgumentException("a term lasts at least one month, not " + termMonths);
        }
    }

    /** The calendar of a learner who started on {@code start}, or null when the start is unknown (timing cannot be judged). */
    public static TermCalendar from(LocalDate start, int termMonths) {
        return start == null ? null : new TermCalendar(start, termMonths);
    }

    /** The term the date falls in (1 = the first; 0 before the start). */
    public int termOf(LocalDate date) {
        if (date.isBefore(start)) {
            return 0;
        }
        return (int) (ChronoUnit.MONTHS.between(start, date) / termMonths) + 1;
    }

    /** The last day of term {@code term}. */
    public LocalDate endOf(int term) {
        return start.plusMonths((long) term * termMonths).minusDays(1);
    }
}
