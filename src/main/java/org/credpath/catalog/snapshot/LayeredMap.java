package org.credpath.catalog.snapshot;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map that a small change copies in time proportional to the change, not to the map: a large base
 * {@link HashMap} shared by every version made from it and a small layer of the entries changed since (a removed
 * key maps to a marker). When the layer outgrows {@value #MAX_LAYER} entries (or an eighth of the base, if that is
 * less), the change folds it into a new base: a change then costs amortised O(1) copies per changed entry, and a
 * lookup at most two {@link HashMap} lookups (see {@link HashedMaps} for why not {@link Map#copyOf}). Values are never null.
 */
public final class LayeredMap<K, V> extends AbstractMap<K, V> {

    static final int MAX_LAYER = 4096;
    private static final Object GONE = new Object();

    private final Map<K, V> base;
    private final Map<K, Object> layer;
    private final int size;

    private LayeredMap(Map<K, V> base, Map<K, Object> layer) {
        this.base = base;
        this.layer = layer;
        int size = base.size();
        for (var e : layer.entrySet()) {
            boolean inBase = base.containsKey(e.getKey());
            size += e.getValue() == GONE ? (inBase ? -1 : 0) : (inBase ? 0 : 1);
        }
        this.size = size;
    }

    public static <K, V> LayeredMap<K, V> of(Map<? extends K, ? extends V> map) {
        if (map instanceof LayeredMap<?, ?> layered) {
            @SuppressWarnings("unchecked")
            var same = (LayeredMap<K, V>) layered;
            return same;
        }
        map.values().forEach(Objects::requireNonNull);
        return new LayeredMap<>(new HashMap<>(map), Map.of());
    }

    /** This map with each key of {@code replaced} set to its value, or removed where its value is null. */
    public LayeredMap<K, V> replacing(Map<? extends K, ? extends V> replaced) {
        var puts = new HashMap<K, V>(replaced);
        puts.values().removeIf(Objects::isNull);
        return with(puts, replaced.keySet().stream().filter(k -> replaced.get(k) == null).toList());
    }

    /** This map with the {@code puts} entries set and then the {@code removes} keys removed. */
    public LayeredMap<K, V> with(Map<? extends K, ? extends V> puts, Collection<? extends K> removes) {
        if (puts.isEmpty() && removes.isEmpty()) {
            return this;
        }
        var next = new HashMap<K, Object>(layer);
        puts.forEach((k, v) -> next.put(k, Objects.requireNonNull(v)));
        removes.forEach(k -> next.put(k, GONE));
        if (next.size() <= Math.max(16, Math.min(MAX_LAYER, base.size() / 8))) {
            return new LayeredMap<>(base, next);
        }
        var folded = new HashMap<K, V>(base);
        next.forEach((k, v) -> {
            if (v == GONE) {
                folded.remove(k);
            } else {
                @SuppressWarnings("unchecked")
                var value = (V) v;
                folded.put(k, value);
            }
        });
        return new LayeredMap<>(folded, Map.of());
    }

    @Override
    public V get(Object key) {
        if (!layer.isEmpty()) {
            var v = layer.get(key);
            if (v != null) {
                @SuppressWarnings("unchecked")
                var value = v == GONE ? null : (V) v;
                return value;
            }
        }
        return base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public V getOrDefault(Object key, V fallback) {
        var v = get(key);
        return v == null ? fallback : v;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The base's entries the layer does not replace, then the layer's present ones. */
    private final class Entries implements Iterator<Entry<K, V>> {
        private final Iterator<Entry<K, V>> inBase = base.entrySet().iterator();
        private final Iterator<Entry<K, Object>> inLayer = layer.entrySet().iterator();
        private Entry<K, V> next = advance();

        private Entry<K, V> advance() {
            while (inBase.hasNext()) {
                var e = inBase.next();
                if (!layer.containsKey(e.getKey())) {
                    return new SimpleImmutableEntry<>(e);
                }
            }
            while (inLayer.hasNext()) {
                var e = inLayer.next();
                if (e.getValue() != GONE) {
                    @SuppressWarnings("unchecked")
                    var value = (V) e.getValue();
                    return new SimpleImmutableEntry<>(e.getKey(), value);
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Entry<K, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            var current = next;
            next = advance();
            return current;
        }
    }
}
