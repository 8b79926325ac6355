package org.credpath.request;

import java.util.Set;

import org.credpath.catalog.snapshot.Selection;
import org.springframework.web.bind.annotation.BindParam;

import com.fasterxml.jackson.annotation.JsonAlias;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The filters of a request, bound once: from query parameters ({@code language}, {@code provider} and {@code country}
 * in the singular, each repeatable or comma-separated) and from JSON bodies ({@code languages}, {@code providers},
 * {@code countries}; the singular names bind too). Checked and normalised by {@link Selection}, the kernel's one filter
 * set; a credential that does not state an attribute does not match a filter on it. The OpenAPI document names the
 * query parameters by {@code @Parameter} (springdoc does not read {@code @BindParam}).
 */
public record SelectionParams(
        @Schema(description = "Highest price; a credential without a stated price does not match") Double maxPrice,
        @BindParam("language") @JsonAlias("language") @Parameter(name = "language")
        @Schema(description = "Languages (GET: language, repeatable or comma-separated)") Set<String> languages,
        @Schema(description = "Forms of participation: online, onsite, blended") Set<String> participation,
        @BindParam("provider") @JsonAlias("provider") @Parameter(name = "provider")
        @Schema(description = "Provider ids (GET: provider)") Set<String> providers,
        @BindParam("country") @JsonAlias("country") @Parameter(name = "country") @Schema(description = "Provider countries, ISO 3166 alpha-2 (GET: country); "
                + "a provider without a stated country does not match") Set<String> countries,
        @Schema(description = "Lowest EQF level, 1-8") Integer minEqfLevel,
        @Schema(description = "Highest EQF level, 1-8") Integer maxEqfLevel,
        @Schema(description = "Only credentials stated open to everyone") Boolean openAccessOnly,
        @Schema(description = "Highest notional weekly hours (ECTS x 25 h / weeks); unknown ECTS or weeks do not match") Double maxWeeklyHours) {

    public static final SelectionParams NONE = new SelectionParams(null, null, null, null, null, null, null, null, null);

    /** The kernel's filter set; an out-of-range value is an {@code InvalidRequestException} naming the parameter (400). */
    public Selection selection() {
        return new Selection(maxPrice, languages, participation, providers, countries, minEqfLevel, maxEqfLevel,
                Boolean.TRUE.equals(openAccessOnly), maxWeeklyHours);
    }
}
