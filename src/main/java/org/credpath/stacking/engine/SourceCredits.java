package org.credpath.stacking.engine;

import java.util.Map;

/**
 * Credits in the unit the target's source states (US semester credit hours for a UT Dallas degree), beside the
 * ECTS the engine counts in: an adviser reads "27 of 124 credit hours", not "54 of 248 ECTS". The engine's
 * arithmetic stays in ECTS, so credentials from several systems add up; {@code perEcts} converts.
 *
 * @param unit     the source's unit
 * @param perEcts  source credits per ECTS credit, from the target's own two values
 * @param counted  credits counted (audit) or planned (plan), in the unit
 * @param target   the target's credits in the unit (audit; null for a plan)
 * @param missing  credits still missing, in the unit (audit; null for a plan)
 * @param credentials per planned credential, its credits in the unit (plan; empty for an audit)
 */
public record SourceCredits(String unit, double perEcts, double counted, Double target, Double missing, Map<String, Double> credentials) {

    public SourceCredits {
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }
}
