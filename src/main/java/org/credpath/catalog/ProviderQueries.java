package org.credpath.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.database.GraphReader;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

@Component
class ProviderQueries {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProviderSummary(String id, String name, String country, String type, String url, long credentials, Boolean seed) {
        ProviderSummary {
            seed = Boolean.TRUE.equals(seed);
        }
    }

    record KindCount(String kind, long count) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProviderDetail(String id, String name, String country, String type, String url, List<KindCount> credentialsByKind,
                          Boolean seed) {
        ProviderDetail {
            seed = Boolean.TRUE.equals(seed);
        }
    }

    private final GraphReader graph;

    ProviderQueries(GraphReader graph) {
        this.graph = graph;
    }

    PageResult<ProviderSummary> search(String q, String country, PageRequest page) {
        var params = new HashMap<String, Object>();
        params.put("q", q == null ? null : q.toLowerCase());
        params.put("country", country);
        return graph.page("catalog/search-providers", params, page, ProviderSummary.class);
    }

    Optional<ProviderDetail> detail(String id) {
        return graph.one("catalog/provider-detail", Map.of("id", id)).map(row -> {
            @SuppressWarnings("unchecked")
            var provider = new HashMap<>((Map<String, Object>) row.get("provider"));
            provider.put("credentialsByKind", row.get("credentialsByKind"));
            return graph.convert(provider, ProviderDetail.class);
        });
    }
}
