package org.credpath.imports.credentials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.CredentialOrigins;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.imports.skills.LabelResolver.Outcome;

/**
 * Turns what the credential files describe into one catalog: each outcome's skills resolved to skills in
 * the database (by URI where the source gives a stored one, else by label, {@link LabelResolver}); a credential
 * that states every element of the EU Council Recommendation is a micro-credential, any other the badge or
 * certificate it is (saying what it lacks where the source calls it a micro-credential). A credential the catalog
 * holds already is kept as the catalog states it (an issued copy is evidence of a holding, not a catalog entry).
 * Every issued credential is added to its holder's record, which keeps what the database already holds for that learner.
 */
final class CredentialsMapper {

    record Mapping(Catalog catalog, CredentialOrigins origins, List<String> warnings) {
    }

    private final LabelResolver skills;
    private final Function<Set<String>, Map<String, LearnerSpec>> storedLearners;
    private final Function<Set<String>, Set<String>> storedCredentials;

    /** {@code storedCredentials} tells which of some credential ids are in the database already. */
    CredentialsMapper(LabelResolver skills, Function<Set<String>, Map<String, LearnerSpec>> storedLearners,
                      Function<Set<String>, Set<String>> storedCredentials) {
        this.skills = skills;
        this.storedLearners = storedLearners;
        this.storedCredentials = storedCredentials;
    }

    /** How the skills the files name were resolved: by a stored URI, by label, or not at all (left out). */
    private static final class Tally {
        int byUri;
        int byLabel;
        int unresolved;
    }

    Mapping map(List<IssuedCredential> issued) {
        var warnings = new ArrayList<String>();
        var providers = new LinkedHashMap<String, ProviderSpec>();
        var credentials = new LinkedHashMap<String, CredentialSpec>();
        var origins = new ArrayList<String>();
        var holdings = new LinkedHashMap<String, List<LearnerSpec.Holding>>();
        var names = new HashMap<String, String>();
        var tally = new Tally();
        var stored = storedCredentials.apply(issued.stream().map(i -> i.credential().id()).collect(java.util.stream.Collectors.toSet()));
        for (var item : issued) {
            if (!stored.contains(item.credential().id()) && !credentials.containsKey(item.credential().id())) {
                providers.putIfAbsent(item.provider().id(), item.provider());
                credentials.put(item.credential().id(), withKindAndOutcomes(item, outcomes(item, tally, warnings), warnings));
                origins.add(item.file());
            }
            if (item.holder() != null) {
                names.putIfAbsent(item.holder().id(), item.holder().name());
                holdings.computeIfAbsent(item.holder().id(), k -> new ArrayList<>())
                        .add(new LearnerSpec.Holding(item.credential().id(), item.holder().date(), item.holder().grade(), false));
            }
        }
        var learners = learners(holdings, names);
        if (!stored.isEmpty()) {
            warnings.add(0, ("%d credential(s) the files describe are in the catalog already and are kept as the catalog states them; "
                    + "the files add holdings of them").formatted(stored.size()));
        }
        warnings.add(0, ("read %d credential(s) from the files: %d new credential(s), %d provider(s), %d holding(s) of %d learner(s); "
                + "skills named: %d by a stored URI, %d by label, %d left out; signatures and proofs are not verified, so "
                + "holdings are stored unverified").formatted(issued.size(), credentials.size(), providers.size(),
                holdings.values().stream().mapToInt(List::size).sum(), learners.size(), tally.byUri, tally.byLabel, tally.unresolved));
        var catalog = new Catalog(List.copyOf(providers.values()), List.of(), List.of(), List.copyOf(credentials.values()), learners);
        return new Mapping(catalog, new CredentialOrigins(origins), warnings);
    }

    /** The credential's outcomes with their skills resolved to stored skills (those that resolve to none left out). */
    private List<OutcomeSpec> outcomes(IssuedCredential item, Tally tally, List<String> warnings) {
        var outcomes = new ArrayList<OutcomeSpec>();
        for (var outcome : item.outcomes()) {
            var uris = new LinkedHashSet<String>();
            for (var name : outcome.skills()) {
                var uri = resolve(name, tally, warnings);
                if (uri != null) {
                    uris.add(uri);
                }
            }
            outcomes.add(new OutcomeSpec(outcome.id(), outcome.statement(), List.copyOf(uris)));
        }
        return outcomes;
    }

    /** The stored skill a name means: its URI when stored, else the one skill its label names (warned); null when none. */
    private String resolve(IssuedCredential.SkillName name, Tally tally, List<String> warnings) {
        if (name.uri() != null && skills.knows(name.uri())) {
            tally.byUri++;
            return name.uri();
        }
        var resolution = name.label() == null ? null : skills.resolve(name.label());
        if (resolution != null && resolution.outcome() == Outcome.RESOLVED) {
            tally.byLabel++;
            warnings.add("%s: skill '%s'%s resolved by its label to %s (%s, %s)".formatted(name.where(), name.label(),
                    name.uri() == null ? "" : " (" + name.uri() + ", not in the database)", skills.label(resolution.skills().get(0)),
                    resolution.skills().get(0), resolution.match()));
            return resolution.skills().get(0);
        }
        tally.unresolved++;
        warnings.add("%s: skill '%s'%s is %s; left out".formatted(name.where(), name.label(),
                name.uri() == null ? "" : " (" + name.uri() + ")",
                resolution != null && resolution.outcome() == Outcome.AMBIGUOUS
                        ? "ambiguous: its label names " + resolution.skills().size() + " skills " + resolution.skills()
                        : "not in the database and its label names no skill"));
        return null;
    }

    private List<LearnerSpec> learners(Map<String, List<LearnerSpec.Holding>> holdings, Map<String, String> names) {
        var stored = storedLearners.apply(holdings.keySet());
        var learners = new ArrayList<LearnerSpec>();
        holdings.forEach((id, added) -> {
            var before = stored.get(id);
            var earned = new LinkedHashMap<String, LearnerSpec.Holding>();
            if (before != null) {
                before.earned().forEach(h -> earned.put(h.credential(), h));
            }
            // an unverified copy of a holding already stored with the same date and grade does not replace it
            added.forEach(h -> earned.merge(h.credential(), h, (old, copy) -> Objects.equals(old.date(), copy.date())
                    && Objects.equals(old.grade(), copy.grade()) ? old : copy));
            learners.add(before == null ? new LearnerSpec(id, names.get(id), List.copyOf(earned.values()), List.of(), List.of())
                    : new LearnerSpec(id, before.name(), List.copyOf(earned.values()), before.skills(), before.goals()));
        });
        return learners;
    }

    /** The EU elements of a micro-credential (Council Recommendation 2022/C 243/02) the credential does not state. */
    static List<String> missingEuElements(CredentialSpec c) {
        var missing = new ArrayList<String>();
        var elements = new LinkedHashMap<String, Object>();
        elements.put("ects", c.ects());
        elements.put("eqfLevel", c.eqfLevel());
        elements.put("assessment", c.assessment());
        elements.put("participation", c.participation());
        elements.put("qualityAssurance", c.qualityAssurance());
        elements.put("language", c.language());
        elements.put("durationWeeks", c.durationWeeks());
        elements.put("price", c.price());
        elements.put("access", c.access());
        elements.forEach((name, value) -> {
            if (Objects.isNull(value)) {
                missing.add(name);
            }
        });
        return missing;
    }

    private static CredentialSpec withKindAndOutcomes(IssuedCredential item, List<OutcomeSpec> outcomes, List<String> warnings) {
        var c = item.credential();
        var kind = c.kind();
        var missing = missingEuElements(c);
        if (missing.isEmpty()) {
            kind = CredentialKind.MICRO_CREDENTIAL;
        } else if (item.declaredMicroCredential()) {
            warnings.add(("%s: %s calls '%s' a micro-credential, but it states no %s (elements the EU Council Recommendation "
                    + "2022/C 243/02 requires of one): stored as a %s").formatted(item.file(), item.format(), c.title(),
                    String.join(", ", missing), kind.value()));
        }
        return new CredentialSpec(c.id(), kind, c.title(), c.provider(), c.description(), c.code(), c.subject(), c.ects(),
                c.creditHours(), c.eqfLevel(), c.assessment(), c.participation(), c.qualityAssurance(), c.language(), c.durationWeeks(),
                c.price(), c.currency(), c.access(), c.validityYears(), c.url(), outcomes, c.prerequisites(), c.requirements(),
                c.recognisedAs(), c.precedes(), c.sourceCredits(), c.sourceCreditUnit());
    }
}
