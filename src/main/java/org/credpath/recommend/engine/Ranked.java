package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.PriorityQueue;

import org.credpath.catalog.snapshot.Offering;

/** A next-step candidate with its score; {@code cost} is null when the credential does not state it under the metric. */
record Ranked(int position, Offering offering, double score, int essential, Double cost) {

    /** Known cost first, then higher score, more essential skills, lower cost, id (one comparator on primitives: it runs per candidate). */
    static final Comparator<Ranked> BEST_FIRST = bestFirst(r -> false);

    /** {@link #BEST_FIRST}, but of two that tie up to the id, one that is {@code preferred} first. */
    static Comparator<Ranked> bestFirst(java.util.function.Predicate<Ranked> preferred) {
        return (a, b) -> {
            boolean aUnknown = a.cost() == null;
            boolean bUnknown = b.cost() == null;
            if (aUnknown != bUnknown) {
                return aUnknown ? 1 : -1;
            }
            int c = Double.compare(b.score(), a.score());
            if (c == 0) {
                c = Integer.compare(b.essential(), a.essential());
            }
            if (c == 0 && !aUnknown) {
                c = Double.compare(a.cost(), b.cost());
            }
            if (c == 0 && preferred.test(a) != preferred.test(b)) {
                return preferred.test(a) ? -1 : 1;
            }
            return c != 0 ? c : a.offering().id().compareTo(b.offering().id());
        };
    }

    /**
     * The k best candidates offered so far (a bounded heap with the worst kept on top), without sorting all of them; of
     * the codes of one cross-listed course ({@code course} gives one key per course, null for a course with one code)
     * only the best is kept, so a course takes one place. A code dropped for a better one of its course, or pushed out
     * by k better courses, could never be among the k best courses: the bound {@link #kth} stays sound for pruning.
     */
    static final class Best {
        private final int k;
        private final PriorityQueue<Ranked> heap;
        private final Function<Ranked, String> course;
        private final Map<String, Ranked> byCourse = new HashMap<>();
        private final Comparator<Ranked> order;

        Best(int k) {
            this(k, o -> null, r -> false);
        }

        /** {@code named}: of codes that tie up to the id, those an aim's rules name come first ({@link OpenLeaves#asItself}). */
        Best(int k, Function<Ranked, String> course, java.util.function.Predicate<Ranked> named) {
            this.k = k;
            this.order = bestFirst(named);
            this.heap = new PriorityQueue<>(Math.max(1, k), order.reversed());
            this.course = course;
        }

        void offer(Ranked r) {
            if (k > 0 && heap.size() == k && order.compare(r, heap.peek()) >= 0) {
                return; // not better than the k-th: nor than a code of its course kept (each is at least the k-th)
            }
            var key = course.apply(r);
            var same = key == null ? null : byCourse.get(key);
            if (same != null) {
                if (order.compare(r, same) < 0) {
                    heap.remove(same);
                    heap.add(r);
                    byCourse.put(key, r);
                }
                return;
            }
            if (heap.size() < k) {
                add(r, key);
            } else if (k > 0 && order.compare(r, heap.peek()) < 0) {
                var out = heap.poll();
                var outKey = course.apply(out);
                if (outKey != null) {
                    byCourse.remove(outKey);
                }
                add(r, key);
            }
        }

        /** The key of the candidate's course: null when it has one code. */
        String courseOf(Ranked r) {
            return course.apply(r);
        }

        private void add(Ranked r, String key) {
            heap.add(r);
            if (key != null) {
                byCourse.put(key, r);
            }
        }

        /** The k-th best so far, or null while fewer than k were offered. */
        Ranked kth() {
            return heap.size() < k ? null : heap.peek();
        }

        List<Ranked> inOrder() {
            var ranked = new ArrayList<>(heap);
            ranked.sort(order);
            return ranked;
        }
    }
}
