// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.federation.TrustAnchor;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.TrustListVerifier;
import org.lifeline.node.federation.Verdict;

/** Reads and verifies the trust list installed in a node's folder, as that node does. */
final class TrustLists {
    private TrustLists() {
    }

    static TrustList current(NodeSettings node) {
        try {
            TrustAnchor anchor = TrustAnchor.read(node.federationDir().resolve(TrustAnchor.FILE));
            String jws = Files.readString(node.federationDir().resolve("trust-list.jws"), StandardCharsets.US_ASCII).strip();
            Verdict<TrustList> v = new TrustListVerifier(anchor.issuer(), anchor.keys(), Clock.systemUTC())
                    .verify(jws, Optional.empty());
            return ((Verdict.Accepted<TrustList>) v).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
