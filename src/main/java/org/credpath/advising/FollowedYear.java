package org.credpath.advising;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The catalog year a learner follows in a programme: the rules of {@code rules} (the programme itself, or a credential
 * holding an earlier year of its rules), effective {@code effective}; picked by the learner's {@code start} (the latest
 * year in effect on that day, else the earliest) unless one was {@code chosen}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowedYear(String program, String rules, LocalDate effective, LocalDate start, boolean chosen) {

    /** One catalog year of the programme's rules; {@code effective} null for a programme that states none. */
    record Version(String id, LocalDate effective) {
    }

    static FollowedYear pick(String program, LocalDate start, String chosen, List<Version> versions) {
        if (chosen != null) {
            var version = versions.stream().filter(v -> v.id().equals(chosen)).findFirst().orElse(new Version(chosen, null));
            return new FollowedYear(program, chosen, version.effective(), start, true);
        }
        var dated = versions.stream().filter(v -> v.effective() != null).sorted(Comparator.comparing(Version::effective)).toList();
        if (dated.isEmpty()) {
            return new FollowedYear(program, program, null, start, false);
        }
        var inEffect = dated.stream().filter(v -> start == null || !v.effective().isAfter(start)).reduce((a, b) -> b).orElse(dated.get(0));
        return new FollowedYear(program, inEffect.id(), inEffect.effective(), start, false);
    }
}
