package org.credpath.skills.match;

/**
 * Which of a skill's labels a match came through; {@code PREFERRED_HEAD} is a preferred label without its bracketed
 * qualifier ({@code "Python"} of {@code "Python (computer programming)"}), weighed as the preferred label itself.
 */
public enum LabelKind { PREFERRED, PREFERRED_HEAD, ALTERNATIVE, HIDDEN }
