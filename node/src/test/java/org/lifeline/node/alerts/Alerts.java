// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.time.Duration;
import java.time.Instant;
import org.lifeline.node.alerts.jws.JwsAlertSigner;
import org.lifeline.node.alerts.jws.JwsAlertVerifier;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.testing.TestFederation;

/** Alert fixtures: host's level-4 earthquake alert for HT-OU at T0, signers for the test federation's nodes. */
final class Alerts {
    static final Instant T0 = TestFederation.T0;
    static final Duration LEEWAY = Duration.ofSeconds(5);

    private Alerts() {
    }

    static CrisisAlert hostLevel4(String id, String area) {
        return CrisisAlert.issue(id, TestFederation.HOST.nodeId(), AreaCode.of(area), AlertLevel.EVACUATION,
                "Earthquake; aftershocks expected.", T0, T0.plus(Duration.ofDays(14)));
    }

    static SignedAlert signed(NodeIdentity by, CrisisAlert alert) {
        return new JwsAlertSigner(by).sign(alert);
    }

    static SignedAlert byHost(CrisisAlert alert) {
        return signed(TestFederation.HOST, alert);
    }

    static AlertVerifier verifier(TrustList list) {
        return new JwsAlertVerifier(() -> list, LEEWAY);
    }

    static AlertVerifier verifier() {
        return verifier(TestFederation.trustList());
    }
}
