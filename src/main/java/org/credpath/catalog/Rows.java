package org.credpath.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parameter maps for Cypher without null values (a null in {@code SET n = map} would mean "remove"). */
final class Rows {

    private Rows() {
    }

    static Map<String, Object> props(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
