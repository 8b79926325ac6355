package org.credpath.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.InvalidRequestException;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.BindParamNameResolver;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import tools.jackson.databind.json.JsonMapper;

/** One filter model for query parameters and bodies: both spellings bind, one set of checks and defaults applies. */
class SelectionParamsTests {

    private static <T> T query(Class<T> type, String... nameValues) {
        var request = new MockHttpServletRequest();
        for (int i = 0; i < nameValues.length; i += 2) {
            request.addParameter(nameValues[i], nameValues[i + 1]);
        }
        var binder = new ServletRequestDataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.setNameResolver(new BindParamNameResolver()); // as Spring MVC's binder factory sets it
        binder.construct(request);
        return type.cast(binder.getTarget());
    }

    record Body(String occupation, @JsonUnwrapped SelectionParams filters, @JsonUnwrapped SolveParams solve) {
    }

    @Test
    void queryParametersBindInTheSingularRepeatedOrCommaSeparated() {
        var params = query(SelectionParams.class, "language", "en", "language", "fi", "country", "fi,FR", "provider", "hh",
                "maxPrice", "100", "openAccessOnly", "true");

        var selection = params.selection();

        assertThat(selection.languages()).containsExactlyInAnyOrder("en", "fi");
        assertThat(selection.countries()).containsExactlyInAnyOrder("FI", "FR");
        assertThat(selection.providers()).containsExactly("hh");
        assertThat(selection.maxPrice()).isEqualTo(100.0);
        assertThat(selection.openAccessOnly()).isTrue();
    }

    @Test
    void bodiesBindInThePluralAndTheSingularAsTopLevelFields() {
        var json = JsonMapper.builder().build();
        var plural = json.readValue("""
                {"occupation": "x", "languages": ["en"], "countries": ["fi"], "maxPrice": 5, "metric": "price", "termCredits": 20}""",
                Body.class);
        var singular = json.readValue("""
                {"occupation": "x", "language": ["en"], "country": ["fi"]}""", Body.class);

        assertThat(plural.filters().selection().languages()).containsExactly("en");
        assertThat(plural.filters().selection().countries()).containsExactly("FI");
        assertThat(plural.solve().options().metric()).isEqualTo(CostMetric.PRICE);
        assertThat(plural.solve().options().termCredits()).isEqualTo(20.0);
        assertThat(singular.filters().selection()).isEqualTo(new Selection(null, Set.of("en"), null, null, Set.of("FI"), null, null, false, null));
        var defaults = json.readValue("{\"occupation\": \"x\"}", Body.class);
        assertThat(defaults.solve().options().termCredits()).isEqualTo(30.0);
        assertThat(defaults.solve().options().timeLimit().toSeconds()).isEqualTo(10);
    }

    @Test
    void oneSetOfChecksNamesTheParameter() {
        assertThatThrownBy(() -> new SelectionParams(-1.0, null, null, null, null, null, null, null, null).selection())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("maxPrice"));
        assertThatThrownBy(() -> new SelectionParams(null, null, Set.of("remote"), null, null, null, null, null, null).selection())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("participation"));
        assertThatThrownBy(() -> new SolveParams("cheap", null, null).options())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("metric"));
        assertThatThrownBy(() -> new SolveParams(null, 0.0, null).options())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("termCredits"));
        assertThatThrownBy(() -> new SolveParams(null, null, 61.0).options())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("timeLimitSeconds"));
    }

    @Test
    void aCredentialThatDoesNotStateAnAttributeMatchesNoFilterOnIt() {
        var unknown = new Offering("u", "course", "U", null, null, "p", null, null, null, null, null, null, null, null, null, Set.of());
        var filters = new Selection[] {
                new Selection(100.0, null, null, null, null, null, null, false, null),
                new Selection(null, Set.of("en"), null, null, null, null, null, false, null),
                new Selection(null, null, Set.of("online"), null, null, null, null, false, null),
                new Selection(null, null, null, null, Set.of("FI"), null, null, false, null),
                new Selection(null, null, null, null, null, 5, null, false, null),
                new Selection(null, null, null, null, null, null, 6, false, null),
                new Selection(null, null, null, null, null, null, null, true, null),
                new Selection(null, null, null, null, null, null, null, false, 10.0)};
        for (var filter : filters) {
            var exclusion = filter.excludes(unknown, Set.of());
            assertThat(exclusion).as(filter.toString()).isNotNull();
            assertThat(exclusion.unknown()).as(filter.toString()).isTrue();
        }
        assertThat(Selection.NONE.excludes(unknown, Set.of())).isNull();
    }
}
