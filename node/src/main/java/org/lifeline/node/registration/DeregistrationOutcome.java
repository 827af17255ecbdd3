// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.time.Instant;
import org.lifeline.node.store.RecordRef;

/** Result of de-registering, per {@link RetentionPolicy}. */
public sealed interface DeregistrationOutcome {
    /** Registration and consent record erased from the store (and so from the index). */
    record Erased(RecordRef registration) implements DeregistrationOutcome {
    }

    /** Kept, no longer active, until {@code expiresOn}, when the retention purge erases it. */
    record Archived(RecordRef registration, Instant expiresOn) implements DeregistrationOutcome {
    }

    record NotFound(RecordRef registration) implements DeregistrationOutcome {
    }

    /** Already returned or de-registered: nothing changed. */
    record NotActive(RecordRef registration) implements DeregistrationOutcome {
    }
}
