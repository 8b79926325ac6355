package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.credpath.catalog.snapshot.Offering;

/** A next-step candidate with its score; {@code cost} is null when the credential does not state it under the metric. */
record Ranked(int position, Offering offering, double score, int essential, Double cost) {

    /** Known cost first, then higher score, more essential skills, lower cost, id (one comparator on primitives: it runs per candidate). */
    static final Comparator<Ranked> BEST_FIRST = (a, b) -> {
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
        return c != 0 ? c : a.offering().id().compareTo(b.offering().id());
    };

    /** The k best candidates offered so far (a bounded heap with the worst kept on top), without sorting all of them. */
    static final class Best {
        private final int k;
        private final PriorityQueue<Ranked> heap;

        Best(int k) {
            this.k = k;
            this.heap = new PriorityQueue<>(Math.max(1, k), BEST_FIRST.reversed());
        }

        void offer(Ranked r) {
            if (heap.size() < k) {
                heap.add(r);
            } else if (k > 0 && BEST_FIRST.compare(r, heap.peek()) < 0) {
                heap.poll();
                heap.add(r);
            }
        }

        /** The k-th best so far, or null while fewer than k were offered. */
        Ranked kth() {
            return heap.size() < k ? null : heap.peek();
        }

        List<Ranked> inOrder() {
            var ranked = new ArrayList<>(heap);
            ranked.sort(BEST_FIRST);
            return ranked;
        }
    }
}
