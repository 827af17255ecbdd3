// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

/**
 * The four crisis phases of the guidelines (002 L84, R17), numbered as {@code ll:alertLevel} carries them and as the
 * concepts {@code https://w3id.org/lifeline/alert-level/<n>} name them.
 */
public enum AlertLevel {
    PRECAUTIONARY(1, "precautionary phase"),
    RESTRICTION(2, "restriction phase"),
    VOLUNTARY_REPATRIATION(3, "voluntary repatriation"),
    EVACUATION(4, "evacuation/mandatory repatriation");

    private final int number;
    private final String label;

    AlertLevel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public static AlertLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("alert level must be 1 (precautionary) to 4 (evacuation) but was "
                    + number);
        }
        return values()[number - 1];
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** Vital interest is a legal basis for tracing and evacuation only from level 3 on (architecture.md, R17). */
    public boolean permitsVitalInterest() {
        return number >= 3;
    }

    public String conceptIri() {
        return "https://w3id.org/lifeline/alert-level/" + number;
    }
}
