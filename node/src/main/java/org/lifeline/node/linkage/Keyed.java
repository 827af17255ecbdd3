// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under one key, one {@link Mac} per thread (Mac instances are not thread-safe). */
final class Keyed {
    private final ThreadLocal<Mac> mac;

    Keyed(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
            }
        });
    }

    byte[] hmac(String element) {
        return mac.get().doFinal(element.getBytes(StandardCharsets.UTF_8));
    }
}
