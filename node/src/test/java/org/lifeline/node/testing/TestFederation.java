// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.keys.NodeIdentity;

/**
 * A small federation for tests: a secretariat that issues the trust list, an origin ministry, a host state's civil
 * protection, and a stranger that is not a member. All valid around {@link TestIdentities#T0}.
 */
public final class TestFederation {
    public static final Instant T0 = TestIdentities.T0;
    public static final NodeIdentity ISSUER = TestIdentities.identity("secretariat.example");
    public static final NodeIdentity ORIGIN = TestIdentities.identity("origin.example");
    public static final NodeIdentity HOST = TestIdentities.identity("host.example");
    public static final NodeIdentity STRANGER = TestIdentities.identity("stranger.example");
    public static final Instant LIST_FROM = T0.minus(Duration.ofDays(1));
    public static final Instant LIST_UNTIL = T0.plus(Duration.ofDays(30));

    private TestFederation() {
    }

    public static Member member(NodeIdentity identity, String... roles) {
        return Member.of(identity, "Organisation of " + identity.nodeId(), Set.of(), Set.of(roles),
                URI.create("https://" + identity.nodeId() + ":8443/"), LIST_FROM, LIST_UNTIL);
    }

    /** Version 3: created, origin added, host added. */
    public static TrustList trustList() {
        return TrustList.create(ISSUER.nodeId(), LIST_FROM, LIST_FROM, LIST_UNTIL)
                .add(member(ORIGIN, "consular-services", "humanitarian-tracing"), LIST_FROM)
                .add(member(HOST, "civil-protection"), LIST_FROM);
    }
}
