package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.Test;

/** The joint audit on hand-built cases: where auditing one target after the other is wrong, and caps the rules state. */
class JointAuditTests {

    /**
     * A major takes one of x (6 ECTS) or y (3 ECTS); a minor needs x; nothing may be shared. Audited one after the other,
     * the major takes x (more credits) and leaves the minor unmet; together, the major takes y and both are met.
     */
    @Test
    void auditingOneTargetAfterTheOtherIsWrong() {
        var f = new Fixtures().course("x", "CS1", 6).course("y", "CS2", 3);
        f.target("major", 9, f.kOf(1, f.cred("x"), f.cred("y")));
        f.target("minor", 6, f.allOf(f.cred("x")));
        var catalog = f.snapshot();
        var holdings = List.of(Fixtures.held("x"), Fixtures.held("y"));
        var single = new StackingAudit(catalog, StackingAudit.Options.at(Fixtures.TODAY));

        var major = single.audit("major", holdings);
        var left = new ArrayList<Holding>(holdings);
        major.counted().forEach(c -> left.removeIf(h -> h.credential().equals(c.credential())));
        var minor = single.audit("minor", left);
        assertThat(major.met()).isTrue();
        assertThat(minor.met()).as("greedy: the minor is left without x").isFalse();

        var joint = new JointAudit(catalog, StackingAudit.Options.at(Fixtures.TODAY))
                .audit(List.of("major", "minor"), holdings, OverlapCaps.of(List.of("major", "minor"), catalog, List.of()));
        assertThat(joint.targetsMet()).isEqualTo(2);
        assertThat(joint.method()).isEqualTo("JOINT");
        assertThat(joint.exact()).isTrue();
        assertThat(joint.audits().get(0).counted()).extracting(AuditResult.CountedHolding::credential).containsExactly("y");
        assertThat(joint.audits().get(1).counted()).extracting(AuditResult.CountedHolding::credential).containsExactly("x");
        assertThat(joint.shared()).isEmpty();
        var withheld = joint.audits().get(0).notCounted().stream().filter(u -> u.credential().equals("x")).findFirst().orElseThrow();
        assertThat(withheld.reason()).isEqualTo(NotCountedReason.COUNTED_IN_ANOTHER_TARGET);
        assertThat(withheld.detail()).contains("'minor'").contains("no holding may count toward both").contains("no rule allows sharing");
    }

    /**
     * The minor says "at most 1 course may also count toward the major" (maxSharedWith on its top node), the certificate
     * allows 2 with anyone ("default"); the major says nothing. A request may override a pair.
     */
    @Test
    void capsComeFromTheRulesOfEitherTargetAndARequestOverrides() {
        var f = new Fixtures().course("a", "CS1", 5).course("b", "CS2", 5).course("c", "CS3", 5);
        f.target("major", 15, f.allOf(f.cred("a"), f.cred("b"), f.cred("c")));
        f.target("minor", 10, new Rule.Group("minor-root", null, Rule.Kind.AT_LEAST_K_OF, 2, null,
                Rule.Limits.NONE.withSharedWith(Map.of("major", 1)), List.of(f.prefix("CS"))));
        f.target("cert", 5, new Rule.Group("cert-root", null, Rule.Kind.AT_LEAST_K_OF, 1, null,
                Rule.Limits.NONE.withSharedWith(Map.of(OverlapCaps.DEFAULT, 2)), List.of(f.prefix("CS"))));
        var catalog = f.snapshot();
        var targets = List.of("major", "minor", "cert");
        var holdings = List.of(Fixtures.held("a"), Fixtures.held("b"), Fixtures.held("c"));

        var caps = OverlapCaps.of(targets, catalog, List.of());
        assertThat(caps.cap("major", "minor").max()).isEqualTo(1);
        assertThat(caps.cap("major", "minor").source()).isEqualTo("rules of minor");
        assertThat(caps.cap("major", "cert").max()).isEqualTo(2);
        assertThat(caps.cap("minor", "cert").max()).as("minor says nothing of cert; cert allows 2").isEqualTo(2);

        var joint = new JointAudit(catalog, StackingAudit.Options.at(Fixtures.TODAY)).audit(targets, holdings, caps);
        assertThat(joint.targetsMet()).as("the major needs all three courses, the minor two with one shared: not both").isEqualTo(2);
        assertThat(joint.audits().get(0).met() && joint.audits().get(1).met()).isFalse();
        JointAuditBruteForceTests.assertWithinCaps(joint);

        var whatIf = OverlapCaps.of(targets, catalog, List.of(new OverlapCaps.Requested("minor", "major", 2)));
        var advised = new JointAudit(catalog, StackingAudit.Options.at(Fixtures.TODAY)).audit(targets, holdings, whatIf);
        assertThat(advised.targetsMet()).isEqualTo(3);
        assertThat(advised.caps().get(0).source()).isEqualTo("request");
    }

    /** maxSharedCredits (the plan's credit cap) holds in the joint audit too: 5 ECTS may be shared, so one 5-ECTS course. */
    @Test
    void maxSharedCreditsBoundsTheCreditsShared() {
        var f = new Fixtures().course("a", "CS1", 5).course("b", "CS2", 5);
        f.target("major", 10, f.allOf(f.cred("a"), f.cred("b")));
        f.target("minor", 10, new Rule.Group("minor-root", null, Rule.Kind.ALL_OF, null, null,
                new Rule.Limits(null, null, 5.0, null, null), List.of(f.cred("a"), f.cred("b"))));
        var catalog = f.snapshot();
        var targets = List.of("major", "minor");
        var joint = new JointAudit(catalog, StackingAudit.Options.at(Fixtures.TODAY))
                .audit(targets, List.of(Fixtures.held("a"), Fixtures.held("b")), OverlapCaps.of(targets, catalog, List.of()));

        assertThat(joint.caps().get(0).max()).as("count unlimited: maxSharedCredits allows sharing").isNull();
        assertThat(joint.creditCaps()).singleElement().satisfies(c -> assertThat(c.used()).isEqualTo(5.0));
        assertThat(joint.targetsMet()).isEqualTo(1);
        assertThat(joint.countedCredits()).isEqualTo(15.0);
    }
}
