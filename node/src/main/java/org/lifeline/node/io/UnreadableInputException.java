// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.IOException;

/** A whole input file cannot be imported (wrong format, missing required columns); names the file and the problem. */
public final class UnreadableInputException extends IOException {
    public UnreadableInputException(String file, String problem) {
        super(file + ": " + problem);
    }
}
