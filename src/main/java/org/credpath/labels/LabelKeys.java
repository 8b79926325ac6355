package org.credpath.labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys a label is compared by. The <em>exact</em> key ignores case, punctuation, accents and the
 * spelling of "and" ({@code "Mergers & Acquisitions"} = {@code "mergers and acquisitions"}); the
 * <em>variant</em> key also reads US spellings as ESCO's British ones ({@code -ize}, {@code -yze},
 * {@code behavior}...) and every word in the singular ({@code "Databases"} = {@code "database"}).
 */
public final class LabelKeys {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Map<String, String> US_WORDS = Map.of("behavior", "behaviour", "modeling", "modelling",
            "color", "colour", "center", "centre", "catalog", "catalogue", "defense", "defence", "labor", "labour",
            "license", "licence", "analog", "analogue");
    private static final String[][] US_ENDINGS = {{"izations", "isations"}, {"ization", "isation"}, {"izing", "ising"},
            {"ized", "ised"}, {"izes", "ises"}, {"ize", "ise"}, {"yzing", "ysing"}, {"yzed", "ysed"}, {"yze", "yse"}};

    private LabelKeys() {
    }

    public static String exact(String label) {
        return String.join(" ", words(label));
    }

    public static String variant(String label) {
        var words = new ArrayList<String>();
        for (var word : words(label)) {
            words.add(singular(british(word)));
        }
        return String.join(" ", words);
    }

    /**
     * A label that ends with a qualifier in brackets, split: {@code "Python (computer programming)"} gives
     * {@code "Python"} and {@code "computer programming"}.
     */
    public static Optional<String[]> qualified(String label) {
        var m = QUALIFIED.matcher(label.strip());
        return m.matches() && !m.group(1).isBlank() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    public static List<String> words(String label) {
        var text = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        var words = new ArrayList<String>();
        for (var word : NOT_WORD.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String british(String word) {
        var known = US_WORDS.get(word);
        if (known != null) {
            return known;
        }
        for (var ending : US_ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    private static String singular(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
