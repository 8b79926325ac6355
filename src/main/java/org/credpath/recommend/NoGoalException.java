package org.credpath.recommend;

/** No goal in the request and none declared by the learner. */
final class NoGoalException extends RuntimeException {

    NoGoalException(String learner) {
        super("Learner '" + learner + "' declares no goal: give occupation, credential or skills");
    }
}
