// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything the engine needs besides the record. The node resolves the invoked agreement by id, the subject's consent
 * history and the crisis level in force for the record's area, and passes the decision time: the engine does no IO and
 * reads no clock.
 *
 * @param agreement empty when the requester invoked none or the node does not know it (then nothing is released)
 * @param consent   the record subject's consent history, {@link ConsentHistory#none()} when there is none
 */
public record DisclosureRequest(Recipient recipient, Purpose purpose, LegalBasis legalBasis,
        Optional<Agreement> agreement, ConsentHistory consent, CrisisLevel crisisLevel, Instant now) {

    /** Aggregate statistics is the one purpose served at aggregate level: values feed counts, not records. */
    public boolean aggregate() {
        return purpose == Purpose.AGGREGATE_STATISTICS;
    }
}
