// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Address of one record: the node that holds it, its type and its stable id. The record IRI
 * {@code https://{node}/id/{type}/{id}} names both the record's main resource and its named graph
 * (architecture.md, "Conventions"), so re-importing the same id replaces, never duplicates.
 */
public record RecordRef(String nodeId, RecordType type, String recordId) {
    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?");
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern IRI = Pattern.compile("https://([^/]+)/id/([a-z-]+)/([^/#?]+)");

    public RecordRef {
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("node id must be lower-case letters, digits, '.' or '-' but was '" + nodeId + "'");
        }
        if (!validRecordId(recordId)) {
            throw new IllegalArgumentException("record id must be 1-128 of A-Z a-z 0-9 . _ : - but was '" + recordId + "'");
        }
    }

    public static boolean validRecordId(String recordId) {
        return RECORD_ID.matcher(recordId).matches();
    }

    public static boolean validNodeId(String nodeId) {
        return NODE_ID.matcher(nodeId).matches();
    }

    public String iri() {
        return "https://" + nodeId + "/id/" + type.slug() + "/" + recordId;
    }

    /** Parses a record IRI of the form this class writes. */
    public static Optional<RecordRef> parse(String iri) {
        var m = IRI.matcher(iri);
        if (!m.matches() || !validNodeId(m.group(1)) || !validRecordId(m.group(3))) {
            return Optional.empty();
        }
        return RecordType.fromSlug(m.group(2)).map(t -> new RecordRef(m.group(1), t, m.group(3)));
    }

    @Override
    public String toString() {
        return iri();
    }
}
