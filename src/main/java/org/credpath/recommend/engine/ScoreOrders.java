package org.credpath.recommend.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.credpath.catalog.snapshot.CostMetric;

/**
 * Per skill and cost metric, the skill's teachers in the order a next step ranks a credential that counts for that one
 * gap skill alone: known cost first, by the link's weight per unit of cost (the score's only part then), highest first;
 * then unknown cost, by weight. {@link NextStepRanker} takes the best of each list from its head and stops early. Built on
 * first use and kept; an index updated in place keeps the orders of every skill whose teachers did not change.
 */
final class ScoreOrders {

    /**
     * One skill's teachers (catalog positions) in score order: {@code [0, known)} have a known cost, of which
     * {@code [0, knownPositive)} a link of positive weight; {@code [known, unknownPositive)} an unknown cost and a
     * positive weight; the rest an unknown cost and weight 0.
     */
    record Order(int[] positions, int known, int knownPositive, int unknownPositive) {
    }

    private final AtomicReferenceArray<Order> orders; // skill id x metric

    ScoreOrders(int skillCount) {
        this.orders = new AtomicReferenceArray<>(skillCount * CostMetric.values().length);
    }

    private ScoreOrders(AtomicReferenceArray<Order> orders) {
        this.orders = orders;
    }

    /** These orders for an index of {@code skillCount} skill ids whose skills {@code changed} have new teacher lists. */
    ScoreOrders without(Collection<Integer> changed, int skillCount) {
        int metrics = CostMetric.values().length;
        var copy = new AtomicReferenceArray<Order>(Math.max(orders.length(), skillCount * metrics));
        for (int i = 0; i < orders.length(); i++) {
            copy.set(i, orders.get(i));
        }
        changed.forEach(id -> {
            for (int m = 0; m < metrics; m++) {
                if (id * metrics + m < copy.length()) {
                    copy.set(id * metrics + m, null);
                }
            }
        });
        return new ScoreOrders(copy);
    }

    /** The skill's teachers in score order under the metric. */
    Order of(SkillIndex index, int skillId, CostMetric metric) {
        int slot = skillId * CostMetric.values().length + metric.ordinal();
        var local = slot < orders.length() ? orders.get(slot) : null;
        if (local == null) {
            local = build(index, skillId, metric);
            if (slot < orders.length()) {
                orders.set(slot, local);
            }
        }
        return local;
    }

    private static Order build(SkillIndex index, int skillId, CostMetric metric) {
        var dense = index.dense();
        int[] teachers = dense.teachers(skillId);
        int n = teachers.length;
        var key = new double[n]; // weight per unit (known cost) or weight (unknown)
        var known = new boolean[n];
        var weight = new double[n];
        Integer[] at = new Integer[n];
        for (int i = 0; i < n; i++) {
            var o = index.catalog().at(teachers[i]);
            var cost = metric.known(o);
            weight[i] = dense.weight(teachers[i], skillId);
            known[i] = cost != null;
            key[i] = weight[i] / NextStepScore.units(cost, metric);
            at[i] = i;
        }
        Arrays.sort(at, (a, b) -> known[a] != known[b] ? (known[a] ? -1 : 1) : Double.compare(key[b], key[a]));
        var positions = new int[n];
        int knownCount = 0;
        int knownPositive = 0;
        int unknownPositive = 0;
        for (int i = 0; i < n; i++) {
            positions[i] = teachers[at[i]];
            if (known[at[i]]) {
                knownCount++;
                knownPositive += weight[at[i]] > 0 ? 1 : 0;
            } else {
                unknownPositive += weight[at[i]] > 0 ? 1 : 0;
            }
        }
        return new Order(positions, knownCount, knownPositive, knownCount + unknownPositive);
    }
}
