package org.credpath.learner;

import java.time.LocalDate;
import java.util.List;

/** A holding as an exported credential document states it: the credential, its provider, its outcomes and skills, date and grade. */
record ExportedHolding(Credential credential, Provider provider, List<Outcome> outcomes, LocalDate date, String grade) {

    record Credential(String id, String kind, String title, String description, String code, String subject, Double ects,
                      Integer eqfLevel, String language, String participation, String assessment, String url) {
    }

    record Provider(String id, String name, String country, String url) {
    }

    record Outcome(String id, String statement, List<Skill> skills) {
    }

    /** A skill an outcome is taken to teach: {@code source} stated or extracted (null: stated), {@code confidence} null when unassessed. */
    record Skill(String uri, String label, String source, Double confidence) {

        boolean extracted() {
            return source != null && !"stated".equals(source);
        }
    }
}
