// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.util.List;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.store.RecordRef;

/** What {@link AlertBoard#accept} did with a signed alert; the transport maps Rejected to problem+json. */
public sealed interface AlertAcceptance {
    /** Verified and stored (and journaled) for the first time. */
    record Accepted(CrisisAlert alert) implements AlertAcceptance {
    }

    /** Already held with the same content: pushes and pulls overlap, so this is normal and not an error. */
    record Duplicate(RecordRef ref) implements AlertAcceptance {
    }

    record Rejected(List<Rejection> reasons) implements AlertAcceptance {
        public Rejected {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejected alert needs at least one reason");
            }
            reasons = List.copyOf(reasons);
        }
    }
}
