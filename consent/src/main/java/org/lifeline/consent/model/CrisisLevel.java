// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/**
 * The crisis alert level in force for the record's area (R17, 002 L84): 1 precautionary, 2 restriction,
 * 3 voluntary repatriation, 4 evacuation/mandatory repatriation; 0 when no alert is in force.
 */
public record CrisisLevel(int value) {
    public static final CrisisLevel NONE = new CrisisLevel(0);

    public CrisisLevel {
        if (value < 0 || value > 4) {
            throw new IllegalArgumentException("crisis level must be 0 (none) to 4 but was " + value);
        }
    }

    public static CrisisLevel of(int value) {
        return new CrisisLevel(value);
    }

    public boolean atLeast(int level) {
        return value >= level;
    }
}
