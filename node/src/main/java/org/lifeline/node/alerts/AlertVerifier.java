// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.time.Instant;
import org.lifeline.node.federation.Verdict;

/**
 * Checks a signed alert's signature and issuer (docs/alerts.md "Verification"); fails closed and reports every reason.
 * Supersession, duplicates and conflicts are the board's rules, not the verifier's.
 */
@FunctionalInterface
public interface AlertVerifier {
    Verdict<CrisisAlert> verify(SignedAlert alert, Instant now);
}
