package org.credpath.catalog.model;

/** The credential that declares it is recognised as {@code credential}, for {@code credits} (null = its full ECTS). */
public record RecognitionSpec(String credential, Double credits) {
}
