// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node;

import org.lifeline.node.cli.LifelineCommand;

/** Entry point of the node's jar: the {@code lifeline} command line. */
public final class LifelineNode {
    private LifelineNode() {
    }

    public static void main(String[] args) {
        int code = LifelineCommand.commandLine().execute(args);
        if (code != LifelineCommand.STILL_RUNNING) {
            System.exit(code);
        }
    }
}
