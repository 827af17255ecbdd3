// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.wiring.NodeKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a node folder with its settings file. */
@Command(name = "init", description = "Create a node folder with its configuration (node.yml).")
final class InitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "node id: lower-case letters, digits, '.', '-' (e.g. origin)")
    String name;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "node folder (default: data/NAME)")
    Path dir;

    @Option(names = "--port", defaultValue = "7100", description = "operator API port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--peer-port", defaultValue = "7443", description = "peer (mTLS) port other nodes reach (default: ${DEFAULT-VALUE})")
    int peerPort;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}, loopback only)")
    String host;

    @Option(names = "--retention", defaultValue = "P730D", description = "default retention of records, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration retention;

    @Override
    public Integer call() throws Exception {
        NodeSettings s = new NodeSettings(name, dir == null ? Path.of("data", name) : dir, host, port, retention,
                Duration.ofHours(1), peerPort);
        if (Files.exists(s.configFile())) {
            spec.commandLine().getErr().println("lifeline init: " + s.configFile() + " already exists; leaving it as it is");
            return 1;
        }
        s.write();
        NodeIdentity identity = NodeKeys.create(s);
        spec.commandLine().getOut().printf("node key %s (Ed25519), certificate fingerprint %s, in %s%n",
                identity.kid(), identity.fingerprint().sha256Hex(), s.keysDir());
        spec.commandLine().getOut().printf("created node '%s' in %s (serves on %s:%d once started with `lifeline run --dir %s`)%n",
                s.nodeId(), s.dataDir(), s.host(), s.port(), s.dataDir());
        return 0;
    }
}
