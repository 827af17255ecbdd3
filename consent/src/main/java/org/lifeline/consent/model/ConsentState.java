// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The subject's consent as it stands at decision time: either the version in force, or the reason there is none.
 * Exactly one of the two is present.
 */
public record ConsentState(Optional<ConsentRecord> inForce, Optional<Reason> problem) {
    public ConsentState {
        if (inForce.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("consent state holds either a version in force or a problem");
        }
    }

    private static ConsentState problem(RuleId rule, String detail) {
        return new ConsentState(Optional.empty(), Optional.of(Reason.of(rule, detail)));
    }

    public static ConsentState of(ConsentHistory history, String subject, Instant now) {
        if (history.isEmpty()) {
            return problem(RuleId.CONSENT_MISSING, "no consent recorded");
        }
        Optional<String> breach = history.breach();
        if (breach.isPresent()) {
            return problem(RuleId.CONSENT_BROKEN, breach.get());
        }
        Optional<ConsentRecord> effective = history.effectiveAt(now);
        if (effective.isEmpty()) {
            return problem(RuleId.CONSENT_MISSING, "no version given before " + now);
        }
        ConsentRecord version = effective.get();
        String label = version.id() + " v" + version.version();
        if (!version.subject().equals(subject)) {
            return problem(RuleId.CONSENT_SUBJECT, label);
        }
        if (version.withdrawn().filter(w -> !now.isBefore(w)).isPresent()) {
            return problem(RuleId.CONSENT_WITHDRAWN, label + " withdrawn at " + version.withdrawn().get());
        }
        if (version.expires().filter(e -> !now.isBefore(e)).isPresent()) {
            return problem(RuleId.CONSENT_EXPIRED, label + " expired at " + version.expires().get());
        }
        return new ConsentState(effective, Optional.empty());
    }
}
