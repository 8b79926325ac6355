package org.credpath.security;

import org.springframework.security.access.AccessDeniedException;

/** A refusal caused by one request parameter the caller may not use (not by the request as a whole): a 403 naming it. */
public class ParameterAccessDeniedException extends AccessDeniedException {

    private final String parameter;

    public ParameterAccessDeniedException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
