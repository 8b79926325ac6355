package org.credpath.imports.esco;

import java.util.Map;

/** An ESCO concept as it will be written: its URI, the node's properties, and the row it came from. */
record Concept(String uri, Map<String, Object> props, String file, long line) {
}
