// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** base64url(SHA-256(ASCII bytes of a compact JWS)): how a response names the exact request it answers. */
public final class RequestHash {
    private RequestHash() {
    }

    public static String of(String compactJws) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(compactJws.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
