// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.time.Duration;

/**
 * What de-registration does (R4): ERASE deletes the registration and its consent record at once; ARCHIVE keeps both,
 * marked returned or de-registered and the consent withdrawn, until {@code archiveFor} has passed, after which the
 * store's retention purge erases them.
 */
public record RetentionPolicy(Mode onDeregistration, Duration archiveFor) {
    public enum Mode { ERASE, ARCHIVE }

    public RetentionPolicy {
        if (archiveFor.isNegative() || archiveFor.isZero()) {
            throw new IllegalArgumentException("archive period must be positive but was " + archiveFor);
        }
    }

    public static RetentionPolicy erase() {
        return new RetentionPolicy(Mode.ERASE, Duration.ofDays(1));
    }

    public static RetentionPolicy archive(Duration archiveFor) {
        return new RetentionPolicy(Mode.ARCHIVE, archiveFor);
    }
}
