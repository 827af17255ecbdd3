// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.Arrays;

/** Age bands of an evacuation party, as {@code ll:ageBand} lists them in the shapes (R15 disaggregation by age). */
public enum AgeBand {
    UNDER_5("0-4"), CHILD("5-17"), ADULT("18-59"), OLDER("60+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand ofLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("age band must be one of 0-4, 5-17, 18-59, 60+"));
    }
}
