// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import org.lifeline.node.federation.Member;

/**
 * How a witness reaches a peer's exchange-log routes (docs/protocol.md, "Exchange log endpoints"): the
 * {@link PeerClient} over mutual TLS in a node, an in-memory log in tests. {@code get} returns the body of a 200
 * answer and fails otherwise.
 */
public interface PeerLogs {

    String get(Member peer, String pathAndQuery) throws PeerClient.PeerFailure;

    void post(Member peer, String path, String body) throws PeerClient.PeerFailure;

    static PeerLogs over(PeerClient client) {
        return new PeerLogs() {
            @Override
            public String get(Member peer, String pathAndQuery) throws PeerClient.PeerFailure {
                return client.get(peer.endpoint(), pathAndQuery);
            }

            @Override
            public void post(Member peer, String path, String body) throws PeerClient.PeerFailure {
                client.post(peer.endpoint(), path, body);
            }
        };
    }
}
