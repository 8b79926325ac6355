package org.credpath.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One schema migration file, named like neo4j-migrations does: {@code V0001__Create_constraints.cypher}.
 * Statements are separated by a semicolon at the end of a line; {@code //} comment lines are ignored.
 */
record Migration(int version, String description, String checksum, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    static Migration parse(String fileName, String content) {
        var matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration file name " + fileName + " does not match V<version>__<Description>.cypher");
        }
        var statements = Arrays.stream(content.split(";\\s*(\\r?\\n|$)"))
                .map(Migration::stripComments)
                .filter(s -> !s.isBlank())
                .toList();
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), sha256(content), statements);
    }

    private static String stripComments(String statement) {
        return statement.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
    }

    private static String sha256(String content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
