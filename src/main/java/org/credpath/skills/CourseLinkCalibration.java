package org.credpath.skills;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The confidence of an extracted link of a course (its title read, then its description): the chance that a careful
 * reader, under the rule set of docs/skill-matching.md ("Consensus"), calls the link right, strictly. A logistic model
 * over a few {@linkplain #FEATURES features} of what the link rests on ({@link LinkEvidence}), fitted by
 * {@code bench/skills/fit_link_calibration.py} on the consensus-labelled UT Dallas links (docs/skill-matching.md, "Link
 * calibration"). Every feature the fit may use is named in {@link #FEATURES}, the one list the feature dump writes;
 * one more is one more entry there (and a field of {@link LinkEvidence}), then a refit.
 */
public final class CourseLinkCalibration {

    /** A named feature of a link. */
    public record Feature(String name, ToDoubleFunction<LinkEvidence> value) {
    }

    /** Every feature the dump writes and the fit may weigh, in one place. */
    public static final List<Feature> FEATURES = List.of(
            new Feature("combinedLogit", e -> logit(e.combined())),
            new Feature("bestLogit", e -> logit(e.best())),
            new Feature("morePieces", e -> Math.log(Math.max(1, e.pieces()))),
            new Feature("titleNames", e -> e.title() ? 1 : 0),
            new Feature("bestIsTitle", e -> LinkEvidence.TITLE.equals(e.bestKind()) ? 1 : 0),
            new Feature("bestIsMention", e -> LinkEvidence.MENTION.equals(e.bestKind()) ? 1 : 0),
            new Feature("titleCosine", LinkEvidence::titleCosine),
            new Feature("textCosine", LinkEvidence::textCosine),
            new Feature("knowledge", e -> "knowledge".equals(e.skillType()) ? 1 : 0),
            new Feature("broadReuse", e -> "transversal".equals(e.reuseLevel()) || "cross-sector".equals(e.reuseLevel()) ? 1 : 0),
            new Feature("overlap", LinkEvidence::overlap),
            // the sense check; a skill ESCO does not describe takes the cosine of its label instead (known, not 0)
            new Feature("senseCosine", e -> Double.isNaN(e.senseCosine()) ? e.textCosine() : e.senseCosine()));

    /** The fitted weights (a feature not listed weighs 0), pasted from fit_link_calibration.py. */
    static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("combinedLogit", 0.0768),
            Map.entry("bestLogit", 0.4815),
            Map.entry("senseCosine", 3.0654));
    static final double INTERCEPT = -2.3076;

    private CourseLinkCalibration() {
    }

    /** The calibrated confidence of a link: {@code 1 / (1 + e^-z)}, {@code z} the weighted features plus the intercept. */
    public static double confidence(LinkEvidence evidence) {
        double z = INTERCEPT;
        for (var feature : FEATURES) {
            z += WEIGHTS.getOrDefault(feature.name(), 0.0) * feature.value().applyAsDouble(evidence);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the fitted model weighs this feature (one that costs work to compute is computed only then). */
    static boolean uses(String feature) {
        return WEIGHTS.getOrDefault(feature, 0.0) != 0;
    }

    /** The feature values of a link, in the order of {@link #FEATURES} (what the dump writes). */
    public static double[] values(LinkEvidence evidence) {
        return FEATURES.stream().mapToDouble(f -> f.value().applyAsDouble(evidence)).toArray();
    }

    /** A confidence's log-odds, the confidence kept within 0.001 and 0.999 (a piece at 1.0 is not infinitely sure). */
    static double logit(double confidence) {
        double p = Math.min(0.999, Math.max(0.001, confidence));
        return Math.log(p / (1 - p));
    }
}
