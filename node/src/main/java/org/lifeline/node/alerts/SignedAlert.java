// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

/**
 * An alert as it travels and is stored: the issuer's compact JWS (docs/alerts.md "Wire form"). Nothing in it is
 * trusted until an {@link AlertVerifier} accepts it; the board keeps these exact bytes so peers pulling from it can
 * verify the issuer's signature themselves.
 */
public record SignedAlert(String jws) {
    /** Far above a real alert (a 100-point polygon is ~5 KB); refuses oversized input before parsing. */
    public static final int MAX_CHARS = 64 * 1024;

    public SignedAlert {
        if (jws.isBlank() || jws.length() > MAX_CHARS || jws.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a signed alert is one compact JWS line of at most " + MAX_CHARS
                    + " characters");
        }
    }
}
