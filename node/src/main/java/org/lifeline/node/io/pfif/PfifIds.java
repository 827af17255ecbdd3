// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.lifeline.node.store.RecordRef;

/**
 * PFIF record ids ({@code domain/local}) to and from our record ids, reversibly: '/' becomes ':', letters, digits,
 * '.' and '-' stay, every other byte becomes {@code _XX} (hex). A record id without ':' was made on a node and is
 * exported as {@code node/recordId}.
 */
final class PfifIds {
    private PfifIds() {
    }

    /** The record id for a PFIF id, or empty when the encoded form would exceed the record-id limit. */
    static Optional<String> toRecordId(String pfifId) {
        StringBuilder out = new StringBuilder();
        for (byte b : pfifId.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '/') {
                out.append(':');
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        String id = out.toString();
        return RecordRef.validRecordId(id) && id.contains(":") ? Optional.of(id) : Optional.empty();
    }

    static String toPfifId(RecordRef ref) {
        String id = ref.recordId();
        if (!id.contains(":")) {
            return ref.nodeId() + "/" + id;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '_' && i + 2 < id.length()) {
                out.write(HexFormat.fromHexDigits(id, i + 1, i + 3));
                i += 2;
            } else {
                out.write(c == ':' ? '/' : c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
