// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.concurrent.Callable;
import org.lifeline.node.LifelineNode;
import org.lifeline.node.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts one node's server and keeps it running until the process is stopped. */
@Command(name = "run", description = "Start a node (operator API, health, metrics) from its folder.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    NodeFolder folder;

    @Option(names = "--port", description = "override the operator API port in node.yml (0 picks a free one; see run.json)")
    Integer port;

    @Option(names = "--peer-port", description = "override the peer (mTLS) port in node.yml")
    Integer peerPort;

    @Override
    public Integer call() throws Exception {
        NodeSettings s = folder.settings();
        s = s.withPorts(port != null ? port : s.port(), peerPort != null ? peerPort : s.peerPort());
        start(s);
        return LifelineCommand.STILL_RUNNING;
    }

    static ApplicationContext start(NodeSettings s) {
        return Micronaut.build(new String[0]).mainClass(LifelineNode.class).banner(false)
                .properties(s.micronautProperties()).start();
    }
}
