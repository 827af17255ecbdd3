// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.cap;

import org.lifeline.node.alerts.AlertLevel;

/**
 * How a guideline alert level (002 L84) reads in CAP 1.2 §3.2.2 terms. The levels describe what citizens abroad must
 * do, so responseType carries the action (Monitor, Avoid, Prepare, Evacuate) and urgency/severity/certainty rise
 * with the phase: level 1 is advice for a possible future threat, level 4 an observed threat needing action now.
 */
record CapLevel(String urgency, String severity, String certainty, String responseType) {
    static CapLevel of(AlertLevel level) {
        return switch (level) {
            case PRECAUTIONARY -> new CapLevel("Future", "Minor", "Possible", "Monitor");
            case RESTRICTION -> new CapLevel("Expected", "Moderate", "Likely", "Avoid");
            case VOLUNTARY_REPATRIATION -> new CapLevel("Expected", "Severe", "Likely", "Prepare");
            case EVACUATION -> new CapLevel("Immediate", "Extreme", "Observed", "Evacuate");
        };
    }
}
