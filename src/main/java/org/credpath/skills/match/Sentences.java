package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text into the pieces matched one by one: sentences, list items and lines. Each keeps its place in the text
 * so evidence points into what the caller sent. A piece longer than {@link #MAX_WORDS} words is cut at clause marks
 * (semicolons, commas), since one vector for a long paragraph blurs the skills it names.
 */
public final class Sentences {

    /** A piece of the text: {@code text.substring(start, end)}. */
    public record Piece(String text, int start, int end) {
    }

    static final int MAX_WORDS = 40;
    private static final Pattern BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'(\\[])|\\s*\\R\\s*|\\s*[•·▪●◦]\\s*|(?<=:)\\s+(?=\\p{Lu})");
    private static final Pattern CLAUSE = Pattern.compile("(?<=[;,])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Sentences() {
    }

    public static List<Piece> split(String text) {
        var pieces = new ArrayList<Piece>();
        var m = BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.start(), pieces);
            from = m.end();
        }
        add(text, from, text.length(), pieces);
        return pieces;
    }

    private static void add(String text, int start, int end, List<Piece> pieces) {
        if (words(text.substring(start, end)) <= MAX_WORDS) {
            keep(text, start, end, pieces);
            return;
        }
        var m = CLAUSE.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (words(text.substring(from, m.start())) > MAX_WORDS / 2) {
                keep(text, from, m.start(), pieces);
                from = m.end();
            }
        }
        keep(text, from, end, pieces);
    }

    private static void keep(String text, int start, int end, List<Piece> pieces) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (WORD.matcher(text.substring(start, end)).find()) {
            pieces.add(new Piece(text.substring(start, end), start, end));
        }
    }

    static int words(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
