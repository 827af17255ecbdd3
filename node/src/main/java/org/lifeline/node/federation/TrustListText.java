// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import java.time.Instant;
import java.util.stream.Collectors;
import org.lifeline.node.keys.SigningKey;

/** The {@code show} view of a trust list for operators: one block per member, status as of a given instant. */
public final class TrustListText {
    private TrustListText() {
    }

    public static String render(TrustList list, Instant now) {
        var out = new StringBuilder();
        out.append("trust list of ").append(list.issuer()).append(", version ").append(list.version())
                .append(", issued ").append(list.issued()).append('\n')
                .append("valid ").append(list.validFrom()).append(" .. ").append(list.validUntil())
                .append(list.isValidAt(now) ? " (valid now)" : " (NOT valid now)").append('\n');
        for (Member m : list.members()) {
            out.append("- ").append(m.nodeId()).append(" (").append(m.organisation()).append(") ")
                    .append(status(m, now)).append('\n')
                    .append("  endpoint ").append(m.endpoint()).append('\n')
                    .append("  roles ").append(m.roles().stream().sorted().collect(Collectors.joining(", ")))
                    .append('\n')
                    .append("  tls ").append(m.tlsCertificates().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "))).append('\n');
            for (SigningKey k : m.signingKeys()) {
                out.append("  key ").append(k.kid()).append(" from ").append(k.validFrom())
                        .append(k.validUntil().map(u -> " until " + u).orElse(""))
                        .append(k.validAt(now) ? "" : " (not valid now)").append('\n');
            }
        }
        return out.toString();
    }

    private static String status(Member m, Instant now) {
        if (m.isRevokedAt(now)) {
            return "REVOKED since " + m.revokedAt().orElseThrow();
        }
        return m.isWithinValidity(now) ? "current" : "outside " + m.validFrom() + " .. " + m.validUntil();
    }
}
