// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every version of one subject's consent, oldest first. The history is accepted as given so that a tampered one can
 * be reported rather than thrown on: {@link #breach()} names the first broken link, and the engine treats a broken
 * history as no consent at all.
 */
public record ConsentHistory(List<ConsentRecord> versions) {
    private static final ConsentHistory NONE = new ConsentHistory(List.of());

    public ConsentHistory {
        versions = List.copyOf(versions);
    }

    public static ConsentHistory none() {
        return NONE;
    }

    public static ConsentHistory of(ConsentRecord... versions) {
        return new ConsentHistory(List.of(versions));
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The version in force at {@code now}: the latest one given at or before it. */
    public Optional<ConsentRecord> effectiveAt(Instant now) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).given().isAfter(now)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Empty when versions are 1..n of one consent and subject, given in order, each hashing to the next's link. */
    public Optional<String> breach() {
        for (int i = 0; i < versions.size(); i++) {
            ConsentRecord current = versions.get(i);
            if (current.version() != i + 1) {
                return Optional.of("position " + (i + 1) + " holds version " + current.version());
            }
            if (i == 0) {
                continue;
            }
            ConsentRecord previous = versions.get(i - 1);
            if (!current.id().equals(previous.id()) || !current.subject().equals(previous.subject())) {
                return Optional.of("version " + current.version() + " belongs to another consent or subject");
            }
            if (current.given().isBefore(previous.given())) {
                return Optional.of("version " + current.version() + " is given before version " + previous.version());
            }
            if (!current.previousHash().orElseThrow().equals(previous.hash())) {
                return Optional.of("version " + current.version() + " does not link to the hash of version "
                        + previous.version());
            }
        }
        return Optional.empty();
    }
}
