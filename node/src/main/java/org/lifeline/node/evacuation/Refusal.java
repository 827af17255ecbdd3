// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

/** One reason, for operators and peers: ids, counts and times only, never data about the people in a party. */
public record Refusal(RefusalCode code, String message) {
    public Refusal {
        if (message.isBlank()) {
            throw new IllegalArgumentException("refusal " + code.slug() + " needs a message");
        }
    }
}
