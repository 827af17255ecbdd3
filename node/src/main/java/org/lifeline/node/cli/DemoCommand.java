// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.DemoData;
import org.lifeline.node.demo.FederationSetup;
import org.lifeline.node.demo.FederationSetup.NodeSpec;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.demo.OperatorApi;
import org.lifeline.node.io.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reference federation on this machine (shared/docs/scenarios.md): origin (country A's foreign ministry), host
 * (civil protection of country H, in crisis) and io (an international tracing service), each a separate process with
 * its own folder, keys and store, trusting one signed trust list, talking signed queries over mutual TLS. Plays the
 * scenes that have landed and prints what each side saw, then stops the nodes unless {@code --keep-running}.
 */
@Command(name = "demo", description = "Run a local three-node federation (origin, host, io) and its scenario.")
final class DemoCommand implements Callable<Integer> {
    static final List<NodeSpec> NODES = List.of(
            new NodeSpec("origin", "Ministry of Foreign Affairs of A", Set.of("XA"), Set.of("consular-services")),
            new NodeSpec("host", "Civil Protection Authority of H", Set.of("XH"), Set.of("civil-protection")),
            new NodeSpec("io", "International tracing and evacuation service", Set.of(),
                    Set.of("humanitarian-tracing", "evacuation-coordination", "international-organisation-aggregate")));
    private static final Map<String, Integer> ROWS = Map.of("origin", 300, "host", 600, "io", 200);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", defaultValue = "data/demo", description = "folder for the nodes' data (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--keep-running", description = "leave the nodes running until Ctrl-C")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Lifeline demo: three nodes on this machine, data in " + dir.toAbsolutePath());
        List<NodeSettings> nodes = FederationSetup.create(dir, NODES);
        out.println("  one trust list signed by the federation issuer names all three (keys, certificates, roles)");
        Map<String, Path> folders = new LinkedHashMap<>();
        for (NodeSettings node : nodes) {
            ImportReport r = DemoData.load(node, node.nodeId().substring(0, 1), ROWS.get(node.nodeId()),
                    node.nodeId().equals("host"));
            out.printf("  %-7s %s%n", node.nodeId(), r.summary());
            folders.put(node.nodeId(), node.dataDir());
        }
        out.println("\nstarting nodes ...");
        try (LocalFederation federation = LocalFederation.start(folders, Duration.ofSeconds(120))) {
            printNodes(federation, nodes, out);
            new DemoScenes(federation, out).play();
            if (keepRunning) {
                waitForCtrlC(federation, out);
            }
        }
        out.println("\ndemo finished; nodes stopped. Re-run with --keep-running to explore them.");
        return 0;
    }

    private static void printNodes(LocalFederation federation, List<NodeSettings> nodes, PrintWriter out) throws Exception {
        out.printf("%n  %-7s %-28s %-26s %8s%n", "node", "operator API (loopback)", "peer endpoint (mTLS)", "records");
        for (NodeSettings n : nodes) {
            var api = new OperatorApi(federation.node(n.nodeId()).url());
            long records = 0;
            for (String type : List.of("person", "person-report", "consular-registration")) {
                records += ((Number) api.get("/api/records?limit=1&type=" + type).get("total")).longValue();
            }
            out.printf("  %-7s %-28s %-26s %8d%n", n.nodeId(), federation.node(n.nodeId()).url(), n.peerEndpoint(), records);
        }
    }

    private static void waitForCtrlC(LocalFederation federation, PrintWriter out) throws InterruptedException {
        out.println("\nnodes running; press Ctrl-C to stop them.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            federation.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
