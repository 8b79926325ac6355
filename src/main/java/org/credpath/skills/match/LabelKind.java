package org.credpath.skills.match;

/** Which of a skill's labels a match came through. */
public enum LabelKind { PREFERRED, ALTERNATIVE, HIDDEN }
