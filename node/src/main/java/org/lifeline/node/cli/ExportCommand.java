// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.lifeline.node.io.RecordWriter;
import org.lifeline.node.wiring.OfflineNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a stopped node's records to a file (Turtle, JSON-LD, or TriG keeping one named graph per record). */
@Command(name = "export", description = "Export the node's own records as Turtle, JSON-LD or TriG.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    NodeFolder folder;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, jsonld or trig (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        RecordWriter.Format f = RecordWriter.Format.parse(format);
        try (OfflineNode node = OfflineNode.open(folder.settings()); OutputStream o = Files.newOutputStream(out)) {
            Txn.executeRead(node.tdb().dataset(), () -> RecordWriter.write(node.tdb().dataset(), f, o));
        }
        spec.commandLine().getOut().println("exported to " + out);
        return 0;
    }
}
