// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.KeyRotation;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.wiring.NodeKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Node key management (docs/protocol.md §1). Rotation: the node switches to a new key and certificate at once; the
 * federation's issuer then publishes both with {@code lifeline trust rotate} (the old key stays valid for verifying
 * until a set date). The old key files are kept, renamed, until the operator deletes them.
 */
@Command(name = "keys", description = "Show or rotate the node's key and certificate.",
        subcommands = {KeysCommand.Show.class, KeysCommand.Rotate.class})
final class KeysCommand {
    private KeysCommand() {
    }

    @Command(name = "show", description = "Print the node's key id and certificate fingerprint.")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        NodeFolder folder;

        @Override
        public Integer call() throws Exception {
            NodeIdentity id = NodeKeys.read(folder.settings());
            spec.commandLine().getOut().printf("node %s key %s certificate %s (valid until %s)%n", id.nodeId(), id.kid(),
                    id.fingerprint().sha256Hex(), id.certificate().getNotAfter().toInstant());
            return 0;
        }
    }

    @Command(name = "rotate", description = "Make a new key and certificate; keep the old files as keys/retired-<kid>-*.pem.")
    static final class Rotate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        NodeFolder folder;

        @Override
        public Integer call() throws Exception {
            NodeSettings s = folder.settings();
            NodeIdentity old = NodeKeys.read(s);
            NodeIdentity fresh = KeyRotation.newIdentity(old, Instant.now(), NodeKeys.CERTIFICATE_VALIDITY, new SecureRandom());
            Path keys = s.keysDir();
            for (String file : new String[] {KeyFiles.PRIVATE_KEY, KeyFiles.CERTIFICATE}) {
                Files.copy(keys.resolve(file), keys.resolve("retired-" + old.kid() + "-" + file), StandardCopyOption.COPY_ATTRIBUTES);
            }
            KeyFiles.replace(keys, fresh);
            spec.commandLine().getOut().printf("new key %s certificate %s; old key %s kept as retired. Ask the issuer to run%n"
                    + "  lifeline trust rotate --list LIST --node %s --old-valid-until <date>%nthen install the new list "
                    + "on every node; restart this node to use the new key.%n",
                    fresh.kid(), fresh.fingerprint().sha256Hex(), old.kid(), s.dataDir());
            return 0;
        }
    }
}
