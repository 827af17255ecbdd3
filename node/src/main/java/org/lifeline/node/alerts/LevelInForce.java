// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.util.List;
import java.util.Optional;
import org.lifeline.node.store.RecordRef;

/**
 * The crisis level in force for one area at one instant: the highest level among the alerts in force that cover it
 * (empty when none), and those alerts, highest level first, so a decision can cite them.
 */
public record LevelInForce(Optional<AlertLevel> level, List<RecordRef> alerts) {
    public static final LevelInForce NONE = new LevelInForce(Optional.empty(), List.of());

    public LevelInForce {
        alerts = List.copyOf(alerts);
        if (level.isEmpty() != alerts.isEmpty()) {
            throw new IllegalArgumentException("a level in force needs the alerts that set it, and only then");
        }
    }

    public boolean permitsVitalInterest() {
        return level.map(AlertLevel::permitsVitalInterest).orElse(false);
    }
}
