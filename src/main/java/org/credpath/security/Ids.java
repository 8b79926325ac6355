package org.credpath.security;

import org.credpath.web.BadRequestException;

/** Checks of the account and learner ids callers send (token subjects, grantees). */
final class Ids {

    static final int MAX_LENGTH = 200;

    private Ids() {
    }

    /** The id, stripped; null when absent and optional; a 400 naming the parameter when absent and required or malformed. */
    static String check(String parameter, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BadRequestException(parameter, "is required");
            }
            return null;
        }
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(parameter, "must be at most " + MAX_LENGTH + " characters without control characters");
        }
        return value.strip();
    }
}
