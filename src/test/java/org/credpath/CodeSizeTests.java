package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The size rules of the style (DESIGN.md): no main class file over {@value #MAX_CLASS_LINES} lines, no method or
 * constructor over {@value #MAX_METHOD_LINES} (from its declaration line to its closing brace). Read from the sources
 * with a small scanner: string literals and line comments are blanked, a declaration is a line that names a method or
 * constructor inside a type body and opens its body before any ';'.
 */
class CodeSizeTests {

    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    private static final Path MAIN = Path.of("src/main/java");

    private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:(?:public|protected|private|static|final|abstract|synchronized"
            + "|default|native)\\s+)*(?:<[^>]+>\\s+)?(?:[\\w.]+(?:<.*>)?(?:\\[])*\\s+)?(\\w+)\\s*(?:\\(|\\{\\s*$)");
    private static final Pattern NOT_A_DECLARATION = Pattern.compile("^\\s*(?:if|for|while|switch|catch|return|new|else|try|do|throw|case"
            + "|yield|assert|super|this)\\b|=|\\b(?:class|record|interface|enum)\\b");

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        var long_ = new ArrayList<String>();
        for (var file : sources()) {
            var lines = Files.readAllLines(file).size();
            if (lines > MAX_CLASS_LINES) {
                long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertThat(long_).as("main classes over " + MAX_CLASS_LINES + " lines").isEmpty();
    }

    @Test
    void noMainMethodIsLongerThan60Lines() throws IOException {
        var long_ = new ArrayList<String>();
        for (var file : sources()) {
            methodsOver(MAX_METHOD_LINES, file).forEach(m -> long_.add(MAIN.relativize(file) + ":" + m));
        }
        assertThat(long_).as("main methods over " + MAX_METHOD_LINES + " lines").isEmpty();
    }

    @Test
    void theScannerSeesALongMethod() throws IOException {
        var file = Files.createTempFile("Long", ".java");
        try {
            var body = new StringBuilder("class Long {\n    int sum(List<String> items) {\n");
            for (int i = 0; i < 60; i++) {
                body.append("        call(\"{\", ").append(i).append("); // {\n");
            }
            body.append("    }\n\n    int short_() {\n        return 1;\n    }\n}\n");
            Files.writeString(file, body);
            assertThat(methodsOver(MAX_METHOD_LINES, file)).containsExactly("2 sum (62 lines)");
        } finally {
            Files.delete(file);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** "line name (n lines)" of each method or constructor in the file longer than {@code limit}. */
    static List<String> methodsOver(int limit, Path file) throws IOException {
        var lines = Files.readAllLines(file).stream().map(CodeSizeTests::code).toList();
        var found = new ArrayList<String>();
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var m = DECLARATION.matcher(line);
            int paren = line.indexOf('(');
            var head = paren < 0 ? line : line.substring(0, paren);
            if (depth >= 1 && m.find() && !NOT_A_DECLARATION.matcher(head).find()) {
                int end = bodyEnd(lines, i);
                if (end >= 0) {
                    if (end - i + 1 > limit) {
                        found.add((i + 1) + " " + m.group(1) + " (" + (end - i + 1) + " lines)");
                    }
                    i = end;
                    continue;
                }
            }
            depth += count(line, '{') - count(line, '}');
        }
        return found;
    }

    /** The line of the body's closing brace, or -1 when a ';' ends the declaration first (abstract, interface). */
    private static int bodyEnd(List<String> lines, int start) {
        int braces = 0;
        int parens = 0;
        boolean opened = false;
        for (int j = start; j < lines.size(); j++) {
            for (char c : lines.get(j).toCharArray()) {
                switch (c) {
                    case '(' -> parens++;
                    case ')' -> parens--;
                    case '{' -> {
                        braces++;
                        opened = true;
                    }
                    case '}' -> braces--;
                    case ';' -> {
                        if (!opened && parens == 0) {
                            return -1;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (opened && braces == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The line without string and character literals and line comments, which may hold braces. */
    private static String code(String line) {
        return line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(?:\\\\.|[^'\\\\])*'", "''").replaceAll("//.*", "");
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }
}
