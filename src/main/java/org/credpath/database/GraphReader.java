package org.credpath.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.web.PageRequest;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.ObjectProvider;
import org.credpath.web.PageResult;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Runs read statements from {@code cypher/queries/} and maps their maps onto view records, the way
 * the REST layer shows them. Listing statements take {@code $skip}/{@code $limit} and return
 * {@code total} and {@code items}. Where the database runs in this process, reads that write nothing go to it
 * directly ({@link InProcessReads}); otherwise, and inside a read-write transaction, through the driver.
 */
@Component
public class GraphReader {

    private final Neo4jClient client;
    private final InProcessReads inProcess;
    private final ObjectMapper mapper;

    GraphReader(Neo4jClient client, ObjectProvider<GraphDatabaseService> inProcessDatabase, ObjectMapper mapper) {
        this.client = client;
        var database = inProcessDatabase.getIfAvailable();
        this.inProcess = database == null ? null : new InProcessReads(database);
        this.mapper = mapper;
    }

    public Optional<Map<String, Object>> one(String statement, Map<String, Object> params) {
        if (inProcess != null && InProcessReads.applicable()) {
            return inProcess.one(CypherQueries.get(statement), params);
        }
        return client.query(CypherQueries.get(statement)).bindAll(params).fetch().one();
    }

    public List<Map<String, Object>> all(String statement, Map<String, Object> params) {
        if (inProcess != null && InProcessReads.applicable()) {
            return inProcess.all(CypherQueries.get(statement), params);
        }
        return List.copyOf(client.query(CypherQueries.get(statement)).bindAll(params).fetch().all());
    }

    public <T> PageResult<T> page(String statement, Map<String, Object> params, PageRequest page, Class<T> type) {
        var all = new HashMap<>(params);
        all.put("skip", page.skip());
        all.put("limit", page.size());
        var row = one(statement, all).orElseThrow();
        return new PageResult<>(list(row.get("items"), type), page.page(), page.size(), ((Number) row.get("total")).longValue());
    }

    public <T> T convert(Object value, Class<T> type) {
        return value == null ? null : mapper.convertValue(value, type);
    }

    public <T> List<T> list(Object value, Class<T> type) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(item -> mapper.convertValue(item, type)).toList();
    }
}
