package org.credpath.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;

import org.credpath.database.CypherQueries;
import org.credpath.database.TransientRetry;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A holding added by hand: a credential of the catalog, the date it was earned and optionally a grade, stored unverified
 * (as an uploaded credential document is). Learners are not part of the catalog snapshot, so no cache needs refreshing.
 */
@Component
class Holdings {

    static final int MAX_GRADE = 100;

    /** The body of {@code POST /api/learners/{id}/holdings}. */
    record HoldingRequest(String credential, String date, String grade) {
    }

    private final Neo4jClient client;
    private final TransientRetry retry;
    private final Clock clock;

    Holdings(Neo4jClient client, TransientRetry retry, Clock clock) {
        this.client = client;
        this.retry = retry;
        this.clock = clock;
    }

    /** Adds the holding; 404 for no such learner, 400 naming the field for a missing, malformed or unknown value. */
    void add(String learner, HoldingRequest body) {
        if (body == null || body.credential() == null || body.credential().isBlank()) {
            throw new BadRequestException("credential", "is required: the id of a credential in the catalog");
        }
        var date = date(body.date());
        var grade = body.grade() == null || body.grade().isBlank() ? null : body.grade().strip();
        if (grade != null && grade.length() > MAX_GRADE) {
            throw new BadRequestException("grade", "at most " + MAX_GRADE + " characters, was " + grade.length());
        }
        var params = new HashMap<String, Object>();
        params.put("id", learner);
        params.put("credential", body.credential());
        params.put("date", date);
        params.put("grade", grade);
        var row = retry.inTransaction("Adding a holding to learner " + learner, () -> client
                .query(CypherQueries.get("learner/add-holding")).bindAll(params).fetch().one())
                .orElseThrow(() -> new NotFoundException("learner", learner));
        if (!Boolean.TRUE.equals(row.get("credentialFound"))) {
            throw new BadRequestException("credential", "no credential with id '" + body.credential() + "' in the catalog");
        }
        if (Boolean.TRUE.equals(row.get("alreadyHeld"))) {
            throw new BadRequestException("credential", "'" + body.credential() + "' is already in this learner's record");
        }
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("date", "is required: the date the credential was earned (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date", "'" + text + "' is not a date: write YYYY-MM-DD");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("date", date + " is in the future: give the date the credential was earned");
        }
        return date;
    }
}
