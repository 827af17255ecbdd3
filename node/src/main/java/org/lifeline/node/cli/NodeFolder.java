// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.lifeline.node.NodeSettings;
import picocli.CommandLine.Option;

/** The {@code --dir} option shared by commands that work on one node's folder. */
final class NodeFolder {
    @Option(names = "--dir", paramLabel = "FOLDER", defaultValue = "data/node",
            description = "the node's folder, created by `lifeline init` (default: ${DEFAULT-VALUE})")
    Path dir;

    NodeSettings settings() throws IOException {
        return NodeSettings.read(dir);
    }
}
