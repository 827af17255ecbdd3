// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.Locale;
import java.util.Optional;

/** Sex as the import mapping writes it ({@code ll:sex} literal). {@code UNKNOWN} never counts for or against. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN;

    public static Optional<Sex> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f" -> Optional.of(FEMALE);
            case "male", "m" -> Optional.of(MALE);
            case "other", "x" -> Optional.of(OTHER);
            case "unknown", "u" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }
}
