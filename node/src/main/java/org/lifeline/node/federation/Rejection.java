// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

/**
 * One reason for refusing a message. The message is for operators and may name node ids, key ids, jti values and
 * times; it must never contain personal data from a query or record.
 */
public record Rejection(RejectionCode code, String message) {
    public Rejection {
        if (message.isBlank()) {
            throw new IllegalArgumentException("rejection " + code.slug() + " needs a message");
        }
    }

    public static Rejection of(RejectionCode code, String message) {
        return new Rejection(code, message);
    }
}
