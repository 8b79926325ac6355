package org.credpath.catalog.model;

/** An awarding body. {@code country} is an ISO 3166-1 alpha-2 code. */
public record ProviderSpec(String id, String name, String country, String type, String url) {
}
