package org.credpath.recommend.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.credpath.catalog.snapshot.CostMetric;

/**
 * Per skill, cost metric and role (an essential or an optional gap skill), the skill's teachers in the order a next
 * step ranks a credential that counts for that one gap skill alone, which is {@link Ranked#BEST_FIRST}'s order for
 * them: known cost first, a link of positive weight before one of weight 0, then the rounded score (the link's weight
 * per unit of cost, the score's only part then) highest first, then lower cost, then id. Because it is the ranking's own
 * order to the last tie, {@link GapTeachers} reads a list only until k of its candidates are found: no tie group is read
 * to its end. Built on first use and kept; an index updated in place keeps the orders of every skill whose teachers did
 * not change.
 */
final class ScoreOrders {

    private static final int ROLES = 2; // essential, optional

    /**
     * One skill's teachers (catalog positions) in score order: {@code [0, known)} have a known cost, of which
     * {@code [0, knownPositive)} a link of positive weight; {@code [known, unknownPositive)} an unknown cost and a
     * positive weight; the rest an unknown cost and weight 0.
     */
    record Order(int[] positions, int known, int knownPositive, int unknownPositive) {
    }

    private final AtomicReferenceArray<Order> orders; // skill id x metric x role

    ScoreOrders(int skillCount) {
        this.orders = new AtomicReferenceArray<>(skillCount * slotsPerSkill());
    }

    private ScoreOrders(AtomicReferenceArray<Order> orders) {
        this.orders = orders;
    }

    private static int slotsPerSkill() {
        return CostMetric.values().length * ROLES;
    }

    /** These orders for an index of {@code skillCount} skill ids whose skills {@code changed} have new teacher lists. */
    ScoreOrders without(Collection<Integer> changed, int skillCount) {
        int slots = slotsPerSkill();
        var copy = new AtomicReferenceArray<Order>(Math.max(orders.length(), skillCount * slots));
        for (int i = 0; i < orders.length(); i++) {
            copy.set(i, orders.get(i));
        }
        changed.forEach(id -> {
            for (int m = 0; m < slots; m++) {
                if (id * slots + m < copy.length()) {
                    copy.set(id * slots + m, null);
                }
            }
        });
        return new ScoreOrders(copy);
    }

    /** The skill's teachers in score order under the metric, for the skill as an essential or an optional gap skill. */
    Order of(SkillIndex index, int skillId, CostMetric metric, boolean essential) {
        int slot = skillId * slotsPerSkill() + metric.ordinal() * ROLES + (essential ? 0 : 1);
        var local = slot < orders.length() ? orders.get(slot) : null;
        if (local == null) {
            local = build(index, skillId, metric, essential);
            if (slot < orders.length()) {
                orders.set(slot, local);
            }
        }
        return local;
    }

    private static Order build(SkillIndex index, int skillId, CostMetric metric, boolean essential) {
        var dense = index.dense();
        int[] teachers = dense.teachers(skillId);
        int n = teachers.length;
        var score = new double[n]; // the rounded score of a candidate counting for this skill alone
        var cost = new double[n];
        var known = new boolean[n];
        var positive = new boolean[n];
        var id = new String[n];
        Integer[] at = new Integer[n];
        for (int i = 0; i < n; i++) {
            var o = index.catalog().at(teachers[i]);
            var c = metric.known(o);
            double weight = dense.weight(teachers[i], skillId);
            known[i] = c != null;
            cost[i] = c == null ? 0 : c;
            positive[i] = weight > 0;
            score[i] = NextStepScore.round(NextStepScore.of(essential ? weight : 0, essential ? 0 : weight, 0, 0,
                    NextStepScore.units(c, metric)));
            id[i] = o.id();
            at[i] = i;
        }
        Arrays.sort(at, (a, b) -> {
            if (known[a] != known[b]) {
                return known[a] ? -1 : 1;
            }
            if (positive[a] != positive[b]) {
                return positive[a] ? -1 : 1;
            }
            int c = Double.compare(score[b], score[a]);
            if (c == 0 && known[a]) {
                c = Double.compare(cost[a], cost[b]);
            }
            return c != 0 ? c : id[a].compareTo(id[b]);
        });
        var positions = new int[n];
        int knownCount = 0;
        int knownPositive = 0;
        int unknownPositive = 0;
        for (int i = 0; i < n; i++) {
            positions[i] = teachers[at[i]];
            if (known[at[i]]) {
                knownCount++;
                knownPositive += positive[at[i]] ? 1 : 0;
            } else {
                unknownPositive += positive[at[i]] ? 1 : 0;
            }
        }
        return new Order(positions, knownCount, knownPositive, knownCount + unknownPositive);
    }
}
