// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.io.IOException;

/** A key or certificate file that must not be used as it is (wrong permissions, wrong content, already there). */
public final class KeyFileException extends IOException {
    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
