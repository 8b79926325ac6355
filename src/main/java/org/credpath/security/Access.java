package org.credpath.security;

/** What a request does with a learner's data; each level asks more of the caller than the one before. */
public enum Access {
    /** see the record and what it counts for (record, audits, stacking): the learner, an adviser or employer they granted, an admin */
    VIEW,
    /** plan and recommend for the learner: the learner, an adviser they granted, an admin */
    PLAN,
    /** change, share, export or erase the record: the learner or an admin */
    OWN
}
