package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The review that every Cypher statement is parameterised, as a test: every call that hands Cypher text to Neo4j
 * (Neo4jClient {@code query}, driver {@code run} / {@code executableQuery}) in the main sources must take the text
 * from a query file ({@code CypherQueries.get}, or a helper or local variable that returns one) or from one string
 * literal. Values then can only travel as parameters; text built from a variable fails here. The injection tests
 * in {@code org.credpath.security.InjectionIT} show the same from outside.
 */
class CypherParameterisationTests {

    private static final Pattern CALL = Pattern.compile("\\b(?:client\\.query|tx\\.run|session\\.run|transaction\\.run|executableQuery)\\(");
    private static final List<Pattern> SAFE = List.of(
            Pattern.compile("CypherQueries\\.get\\([^;]*\\)"),                     // a query file (any name only picks a file)
            Pattern.compile("query\\(\"[\\w/-]+\"( \\+ \\w+)?\\)"),                 // a file helper (checked below)
            Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\""),                           // one literal
            Pattern.compile("\"\"\"[\\s\\S]*\"\"\""));                             // one text block
    /** Variables that hold Cypher text from a safe source, by file, with the reason. */
    private static final Map<String, String> SAFE_VARIABLES = Map.of(
            "CypherMigrations.java:statement", "a statement of a migration file shipped in the jar",
            "EscoWriter.java:cypher", "assigned from query(statement), a query file");

    @Test
    void everyCypherStatementComesFromAFileOrALiteral() throws IOException {
        var offenders = new ArrayList<String>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                var matcher = CALL.matcher(source);
                while (matcher.find()) {
                    calls++;
                    var argument = firstArgument(source, matcher.end());
                    if (!safe(file, source, argument)) {
                        offenders.add(file.getFileName() + ": " + argument);
                    }
                }
            }
        }
        assertThat(calls).as("Cypher calls found (the scan works)").isGreaterThan(10);
        assertThat(offenders).as("Cypher text not from a query file or a literal").isEmpty();
    }

    private static boolean safe(Path file, String source, String argument) {
        if (SAFE.stream().anyMatch(p -> p.matcher(argument).matches())) {
            return !argument.startsWith("query(") || source.contains("return CypherQueries.get(");
        }
        return SAFE_VARIABLES.containsKey(file.getFileName() + ":" + argument);
    }

    /** The text of the call's first argument, up to the comma or parenthesis that ends it at depth 0. */
    private static String firstArgument(String source, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!inString && (c == ')' || c == '}' || c == ']')) {
                if (depth == 0) {
                    return source.substring(start, i).strip();
                }
                depth--;
            } else if (!inString && c == ',' && depth == 0) {
                return source.substring(start, i).strip();
            }
        }
        throw new IllegalStateException("unbalanced call at " + start);
    }
}
