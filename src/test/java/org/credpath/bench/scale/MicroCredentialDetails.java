package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.catalog.model.RecognitionSpec;

/**
 * The EU elements and descriptive fields of a generated micro-credential: log-normal prices (some free),
 * language and participation mixes, durations that follow the workload, a validity window on a few,
 * and 1-3 learning outcomes sharing its skills.
 */
final class MicroCredentialDetails {

    private static final Draw.Category<String> LANGUAGES = Draw.Category.of("en", 50, "de", 10, "fr", 10, "es", 8, "it", 6, "pl", 4,
            "nl", 4, "fi", 3, "sv", 3, "pt", 2);
    private static final Draw.Category<String> PARTICIPATION = Draw.Category.of("online", 50, "blended", 20, "onsite", 30);
    private static final List<String> ASSESSMENTS = List.of("Proctored online exam", "Project assessed by two examiners",
            "Portfolio review", "Practical assignment and oral exam", "Written exam", "Work-based assessment");
    private static final List<String> QUALITY = List.of("Institutional QA under national accreditation",
            "ISO 21001 certified learning services", "External review by a sector body", "Internal QA of the provider, externally audited");
    private static final String[] LEVELS = {"Introduction to", "Foundations of", "Applied", "Advanced", "Expert seminar:"};

    private final World world;
    private final Draw draw;

    MicroCredentialDetails(World world, Draw draw) {
        this.world = world;
        this.draw = draw;
    }

    CredentialSpec spec(World.Micro m, List<RecognitionSpec> recognisedAs) {
        var topic = world.occupation(m.anchor);
        var subject = subject(topic);
        double price = draw.chance(0.12) ? 0 : Math.min(6000, Math.max(10, Math.round(draw.logNormal(250, 0.9) / 5) * 5.0));
        double weeks = Math.max(1, Math.round(m.ects * (1 + draw.unit())));
        Integer validity = draw.chance(0.12) ? List.of(2, 3, 5).get(draw.below(3)) : null;
        var title = LEVELS[m.eqf - 4] + " " + label(m.skills[0]);
        return new CredentialSpec(m.id, CredentialKind.MICRO_CREDENTIAL, title, m.provider.id(),
                "Generated micro-credential on the work of a " + topic.label(), subject + "-" + (100 * (m.layer + 1) + draw.below(100)),
                subject, m.ects, m.eqf, draw.any(ASSESSMENTS), draw.pick(PARTICIPATION), draw.any(QUALITY), draw.pick(LANGUAGES), weeks,
                price, "EUR", draw.chance(0.82) ? "open" : "enrolled-only", validity, null, outcomes(m), m.prerequisites, null,
                recognisedAs);
    }

    /** Subject area from the topic's ISCO-08 sub-major group ("S25" for ICT professionals). */
    static String subject(EscoView.Occupation topic) {
        var isco = topic.iscoGroup();
        return isco != null && isco.length() >= 2 ? "S" + isco.substring(0, 2) : "S00";
    }

    private List<OutcomeSpec> outcomes(World.Micro m) {
        int n = Math.min(m.skills.length, draw.between(1, 3));
        var outcomes = new ArrayList<OutcomeSpec>();
        for (int o = 0; o < n; o++) {
            var skills = new ArrayList<String>();
            for (int i = o; i < m.skills.length; i += n) {
                skills.add(world.esco.skills().get(m.skills[i]).uri());
            }
            outcomes.add(new OutcomeSpec(m.id + "/o" + (o + 1), "Can " + label(m.skills[o]) + " in a professional setting", skills));
        }
        return outcomes;
    }

    private String label(int skill) {
        return world.esco.skills().get(skill).label();
    }
}
