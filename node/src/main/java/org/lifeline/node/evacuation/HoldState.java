// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

/**
 * Life of a hold (docs/evacuation.md "State machine"): HELD -> COMMITTED -> FULFILLED, HELD or COMMITTED -> RELEASED,
 * HELD -> EXPIRED when its time passes uncommitted. Seats count against capacity while HELD, COMMITTED or FULFILLED.
 */
public enum HoldState {
    HELD, COMMITTED, FULFILLED, RELEASED, EXPIRED;

    public boolean occupiesSeats() {
        return this == HELD || this == COMMITTED || this == FULFILLED;
    }

    boolean mayBecome(HoldState next) {
        return switch (next) {
            case COMMITTED -> this == HELD;
            case FULFILLED -> this == COMMITTED;
            case RELEASED -> this == HELD || this == COMMITTED;
            case EXPIRED -> this == HELD;
            case HELD -> false;
        };
    }
}
