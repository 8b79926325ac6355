package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.CostMetric;

/**
 * The next-step candidates from the gap skills' teacher lists, ranked without scoring them all: a credential counting
 * for two or more gap skills, or unlocking or stacking into something, is scored exactly; one counting for one gap skill
 * alone scores the link's weight per unit of cost, so each skill's {@link ScoreOrders} list gives those in the ranking's
 * own order (to the last tie), and a list is read only until k of its own candidates are found. The result is the full
 * scan's to the item ({@code NextStepEquivalenceTests}); what stays linear in the gap's teachers is a bit per teacher
 * (which skills, whether open now), not a score.
 */
final class GapTeachers {

    static final int BLOCK = 1 << 15; // positions per block of the pass: 4 KB of a bit set, 64 KB of counts

    private final SkillIndex index;
    private final int[] skills; // distinct gap skill ids, in the gaps' order (essential first)
    private final int essentials; // how many of them are essential
    final BitSet open;
    final BitSet multi; // teachers counting for two or more gap skills
    private int[] multiAt = new int[64]; // the positions of multi, in order
    private short[] multiCount = new short[64]; // how many gap skills each of those counts for
    private int multiSize;
    final BitSet aimed = new BitSet(); // open candidates that may stack into an aim: scored exactly

    /**
     * {@code skills}: the distinct gap skill ids in the gaps' order, of which the first {@code essentials} are essential;
     * {@code block}: positions per block of the pass over their teachers ({@link #BLOCK}).
     */
    GapTeachers(SkillIndex index, int[] skills, int essentials, Access access, int block) {
        this.index = index;
        this.skills = skills;
        this.essentials = essentials;
        int n = index.catalog().size();
        var once = new BitSet(n);
        this.multi = new BitSet(n);
        var lists = new int[skills.length][];
        for (int g = 0; g < skills.length; g++) {
            lists[g] = index.dense().teachersByPosition(skills[g]);
        }
        // block by block of positions, every gap skill's teachers in the block: what is counted stays in the core's cache
        var at = new int[skills.length];
        var count = new short[block];
        for (int base = 0, left = skills.length; left > 0; base += block) {
            left = 0;
            for (int g = 0; g < lists.length; g++) {
                int[] list = lists[g];
                int i = at[g];
                for (; i < list.length && list[i] < base + block; i++) {
                    int c = ++count[list[i] - base];
                    if (c == 1) {
                        once.set(list[i]);
                    } else if (c == 2) {
                        multi.set(list[i]);
                    }
                }
                at[g] = i;
                left += i < list.length ? 1 : 0;
            }
            for (int p = multi.nextSetBit(base); p >= 0 && p < base + block; p = multi.nextSetBit(p + 1)) {
                addMulti(p, count[p - base]);
            }
            java.util.Arrays.fill(count, (short) 0);
        }
        this.open = access.openAmong(once);
    }

    /** With aims, every open candidate recognised as another credential may stack into one through that: scored exactly. */
    void recognisedAreAimed() {
        index.catalog().addRecognised(open, aimed);
    }

    /** Whether some open credential counts for the skill. */
    boolean taughtOpen(int skill) {
        for (int p : index.dense().teachers(skill)) {
            if (open.get(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The usable teachers of the {@code onlyClosed} skills (none of their teachers is open, so all are closed), in the
     * order the full scan meets them: by the first gap skill (in {@code sequence}, per skill id) they count for, then
     * their place in that skill's teacher list.
     */
    List<Integer> closedTeaching(BitSet onlyClosed, int[] sequence, Access access) {
        var dense = index.dense();
        var found = new BitSet();
        for (int s : skills) {
            if (onlyClosed.get(s)) {
                for (int p : dense.teachers(s)) {
                    if (!found.get(p) && access.usable(p)) {
                        found.set(p);
                    }
                }
            }
        }
        var first = new HashMap<Integer, Integer>(); // position -> the skill it is first met under
        var listPlace = new HashMap<Integer, Map<Integer, Integer>>(); // skill -> position -> place in its list
        found.stream().forEach(p -> {
            int best = -1;
            for (int id : dense.counts(p)) {
                if (sequence[id] >= 0 && (best < 0 || sequence[id] < sequence[best])) {
                    best = id;
                }
            }
            first.put(p, best);
            listPlace.computeIfAbsent(best, s -> {
                var places = new HashMap<Integer, Integer>();
                int[] teachers = dense.teachers(s);
                for (int i = 0; i < teachers.length; i++) {
                    places.putIfAbsent(teachers[i], i);
                }
                return places;
            });
        });
        var closed = new ArrayList<Integer>(first.keySet());
        closed.sort(Comparator.<Integer>comparingInt(p -> sequence[first.get(p)]).thenComparingInt(p -> listPlace.get(first.get(p)).get(p)));
        return closed;
    }

    /**
     * The k best into {@code best}; returns how many scored candidates have an unknown cost. First each list's head (the
     * candidates counting for one gap skill alone, unlocking nothing, stacking nowhere); then the open candidates that
     * unlock or may stack, each scored only when its bound may reach the k-th best so far: its gap skills at its own
     * links' weights (read once, for the bound and the score), every skill only reachable later ({@code later}) if it
     * unlocks something, every aim ({@code aims}) if it may stack; then {@link #multiSkill} for the rest.
     */
    int rank(NextStepScorer scorer, Map<Integer, List<NextSteps.Unlock>> unlocks, int later, int aims, CostMetric metric, int k,
             Ranked.Best best) {
        var special = (BitSet) aimed.clone();
        unlocks.keySet().forEach(special::set);
        special.and(open);
        var rest = (BitSet) multi.clone();
        rest.and(open);
        rest.or(special);
        var multiOnly = (BitSet) rest.clone(); // counting for two or more gap skills, unlocking nothing, stacking nowhere
        multiOnly.andNot(special);
        var multiUnknownCost = new BitSet();
        int unknownCost = 0;
        for (int g = 0; g < skills.length; g++) {
            var order = index.scoreOrder(skills[g], metric, g < essentials);
            var positions = order.positions();
            for (int i = order.known(); i < order.unknownPositive(); i++) {
                int p = positions[i];
                if (open.get(p) && !rest.get(p)) {
                    unknownCost++;
                } else if (multiOnly.get(p)) {
                    multiUnknownCost.set(p); // positive weight for one gap skill at least: it scores
                }
            }
            int found = readHead(scorer, order, 0, order.knownPositive(), 0, rest, k, best);
            if (found < k) {
                readHead(scorer, order, order.known(), order.unknownPositive(), found, rest, k, best);
            }
        }
        for (int p = special.nextSetBit(0); p >= 0; p = special.nextSetBit(p + 1)) {
            var kth = best.kth();
            var cost = metric.known(index.catalog().at(p));
            var unlocked = unlocks.getOrDefault(p, List.of());
            // an enabler that Unlocks made open after recognisedAreAimed ran may stack through a recognition too
            boolean mayStack = aimed.get(p) || aims > 0 && !index.catalog().recognitionsFromAt(p).isEmpty();
            var gains = scorer.gains(p);
            boolean beaten = kth != null && kth.cost() != null && (cost == null || NextStepScore.round(scorer.bound(gains,
                    unlocked.isEmpty() ? 0 : later, mayStack ? aims : 0, cost)) < kth.score());
            if (!beaten || cost == null) {
                var r = scorer.ranked(p, gains, unlocked);
                unknownCost += beaten ? r == null ? 0 : r.cost() == null ? 1 : 0 : offer(r, best);
            }
        }
        return unknownCost + multiSkill(scorer, multiOnly, multiUnknownCost, metric, best);
    }

    /**
     * Offers the candidates of {@code multiOnly} (counting for two or more gap skills, unlocking nothing, stacking
     * nowhere) that may rank among the k best; returns how many of them score with an unknown cost (those of
     * {@code unknownCost}, found in the lists: each has a link of positive weight). Those of known cost are read by how
     * many gap skills they count for, most first, and a group is read only while its best possible score (each link at
     * the heaviest weight, the cost at the floor) may reach the k-th best so far: a top k made of credentials counting
     * for five gap skills leaves those counting for two unread. Those of unknown cost rank after every known one, so
     * they are scored only while fewer than k of known cost are found.
     */
    private int multiSkill(NextStepScorer scorer, BitSet multiOnly, BitSet unknownCost, CostMetric metric, Ranked.Best best) {
        var byCount = byGapCount(multiOnly);
        double heaviest = index.dense().maxWeight();
        double floor = NextStepScore.floor(metric);
        for (int count = byCount.length - 1; count >= 2; count--) {
            var kth = best.kth();
            if (kth != null && kth.cost() != null
                    && NextStepScore.round(NextStepScore.of(count * heaviest, 0, 0, 0, floor) * (1 + 1e-9)) < kth.score()) {
                break; // and every smaller count: none of them can reach the k-th
            }
            for (int p : byCount[count]) {
                var cost = metric.known(index.catalog().at(p));
                if (cost == null) {
                    continue;
                }
                kth = best.kth();
                var gains = scorer.gains(p);
                if (kth == null || kth.cost() == null || NextStepScore.round(scorer.bound(gains, 0, 0, cost)) >= kth.score()) {
                    offer(scorer.ranked(p, gains, List.of()), best);
                }
            }
        }
        var kth = best.kth();
        if (kth == null || kth.cost() == null) {
            for (int p = unknownCost.nextSetBit(0); p >= 0; p = unknownCost.nextSetBit(p + 1)) {
                offer(scorer.ranked(p, List.of()), best);
            }
        }
        return unknownCost.cardinality();
    }

    private void addMulti(int position, short count) {
        if (multiSize == multiAt.length) {
            multiAt = java.util.Arrays.copyOf(multiAt, multiSize * 2);
            multiCount = java.util.Arrays.copyOf(multiCount, multiSize * 2);
        }
        multiAt[multiSize] = position;
        multiCount[multiSize++] = count;
    }

    /** The candidates (of {@link #multi}) grouped by how many gap skills they count for (index: the count), each group by position. */
    private int[][] byGapCount(BitSet candidates) {
        var counts = new short[candidates.cardinality()];
        int max = 0;
        int i = 0;
        int j = 0;
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            while (multiAt[j] < p) {
                j++; // both in position order
            }
            counts[i++] = multiCount[j];
            max = Math.max(max, multiCount[j]);
        }
        var sizes = new int[max + 1];
        for (short count : counts) {
            sizes[count]++;
        }
        var groups = new int[max + 1][];
        for (int c = 0; c <= max; c++) {
            groups[c] = new int[sizes[c]];
            sizes[c] = 0;
        }
        i = 0;
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            groups[counts[i]][sizes[counts[i++]]++] = p;
        }
        return groups;
    }

    /** Offers a scored candidate (none when null); 1 when its cost is unknown. */
    private static int offer(Ranked r, Ranked.Best best) {
        if (r == null) {
            return 0;
        }
        best.offer(r);
        return r.cost() == null ? 1 : 0;
    }

    /**
     * Offers the list's single-skill candidates in {@code [from, to)} (in the ranking's order) until {@code k} of them
     * (with {@code found} before) are offered: every later one ranks below those k. Returns how many were offered. Codes
     * of one cross-listed course take one place: a second code read here is offered but not counted again.
     */
    private int readHead(NextStepScorer scorer, ScoreOrders.Order order, int from, int to, int found, BitSet skip, int k,
                         Ranked.Best best) {
        int[] positions = order.positions();
        var courses = new java.util.HashSet<String>();
        for (int i = from; i < to && found < k; i++) {
            int p = positions[i];
            if (!open.get(p) || skip.get(p)) {
                continue;
            }
            var r = scorer.ranked(p, List.of());
            best.offer(r);
            var course = best.courseOf(r);
            if (course == null || courses.add(course)) {
                found++;
            }
        }
        return found;
    }
}
