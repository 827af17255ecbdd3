// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.io.ImportReport;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.wiring.OfflineNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reference federation on this machine (docs/demo.md): three nodes — origin (country A's foreign ministry),
 * host (civil protection of country H) and io (an international organisation) — each with its own folder and
 * synthetic data, started as separate processes on loopback. Prints what each node holds and serves, then stops
 * them, unless {@code --keep-running}.
 */
@Command(name = "demo", description = "Run a local three-node federation (origin, host, io) on embedded defaults.")
final class DemoCommand implements Callable<Integer> {
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    /** Node name, id prefix and number of synthetic rows. */
    private static final List<Object[]> NODES = List.of(new Object[] {"origin", "a", 300},
            new Object[] {"host", "h", 600}, new Object[] {"io", "i", 200});

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", defaultValue = "data/demo", description = "folder for the nodes' data (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--keep-running", description = "leave the nodes running until Ctrl-C")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Lifeline demo: a federation of three nodes on this machine, data in " + dir.toAbsolutePath());
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Object[] n : NODES) {
            folders.put((String) n[0], prepare((String) n[0], (String) n[1], (Integer) n[2], out));
        }
        out.println("\nstarting nodes ...");
        try (LocalFederation federation = LocalFederation.start(folders, Duration.ofSeconds(90))) {
            printHoldings(federation, out);
            if (keepRunning) {
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
        out.println("\ndemo finished; nodes stopped. Re-run with --keep-running to explore them.");
        return 0;
    }

    /** Creates the node folder on first run and imports its synthetic data (idempotent on later runs). */
    private Path prepare(String name, String prefix, int rows, PrintWriter out) throws Exception {
        Path folder = dir.resolve(name);
        if (!Files.exists(folder.resolve(NodeSettings.FILE))) {
            NodeSettings.defaults(name, 0).withDataDir(folder).write();
        }
        Path sample = folder.resolve("sample-" + name + ".csv");
        try (Writer w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            new SyntheticPopulation(name.hashCode()).writeCsv(w, prefix, rows);
        }
        try (OfflineNode node = OfflineNode.open(NodeSettings.read(folder))) {
            ImportReport r = node.importService().importFile(sample, "demo", p -> { });
            out.printf("  %-7s %s%n", name, r.summary());
        }
        return folder;
    }

    private void printHoldings(LocalFederation federation, PrintWriter out) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        out.printf("%n  %-7s %-28s %8s %8s %13s%n", "node", "operator API", "persons", "reports", "registrations");
        for (var n : federation.nodes().values().stream().sorted(java.util.Comparator.comparing(LocalFederation.RunningNode::name)).toList()) {
            out.printf("  %-7s %-28s %8d %8d %13d%n", n.name(), n.url(), count(http, n.url(), RecordType.PERSON),
                    count(http, n.url(), RecordType.REPORT), count(http, n.url(), RecordType.REGISTRATION));
        }
        out.println("\n  each node answers /health, /prometheus and /api/records?type=person on its URL");
    }

    private static long count(HttpClient http, URI base, RecordType type) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/records?limit=1&type=" + type.slug())).build(),
                HttpResponse.BodyHandlers.ofString());
        var m = TOTAL.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("node at " + base + " answered " + r.statusCode() + " to a record listing");
        }
        return Long.parseLong(m.group(1));
    }
}
