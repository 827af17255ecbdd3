// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.io.ImportReport;
import org.lifeline.node.io.RowError;
import org.lifeline.node.wiring.OfflineNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports CSV, Turtle or JSON-LD files into a stopped node's store (or, with {@code --to}, into a running node).
 * Exit code 0: every row stored; 2: good rows stored, some rejected (see the report); 1: nothing could be read.
 */
@Command(name = "import", description = "Import records from .csv, .ttl or .jsonld files (docs/import.md).")
final class ImportCommand implements Callable<Integer> {
    private static final int SHOWN_ERRORS = 20;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    NodeFolder folder;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--to", paramLabel = "URL", description = "send the files to a running node's operator API instead")
    URI to;

    @Option(names = "--report", paramLabel = "CSV", description = "write rejected rows here (default: FILE.errors.csv next to each file)")
    Path report;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (to != null) {
            return sendToRunningNode(out);
        }
        NodeSettings settings = folder.settings();
        boolean rejected = false;
        try (OfflineNode node = OfflineNode.open(settings)) {
            for (Path file : files) {
                ImportReport r;
                try (Progress progress = Progress.start("import " + file.getFileName(), err)) {
                    r = node.importService().importFile(file, "cli:" + System.getProperty("user.name", "operator"), progress);
                }
                out.println(r.summary());
                rejected |= reportErrors(r, file, err);
            }
        }
        return rejected ? LifelineCommand.SOME_ROWS_REJECTED : 0;
    }

    private boolean reportErrors(ImportReport r, Path file, PrintWriter err) throws java.io.IOException {
        for (RowError w : r.warnings()) {
            err.println("warning: " + w.describe());
        }
        if (r.allRowsImported()) {
            return false;
        }
        r.errors().stream().limit(SHOWN_ERRORS).forEach(e -> err.println("rejected: " + e.describe()));
        if (r.errors().size() > SHOWN_ERRORS) {
            err.printf("... and %d more%n", r.errors().size() - SHOWN_ERRORS);
        }
        Path target = report != null ? report : file.resolveSibling(file.getFileName() + ".errors.csv");
        r.writeErrorsCsv(target);
        err.println("row-level report: " + target);
        return true;
    }

    private int sendToRunningNode(PrintWriter out) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int code = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            HttpRequest req = HttpRequest.newBuilder(to.resolve("/api/import?file=" + java.net.URLEncoder.encode(name,
                            java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Content-Type", name.endsWith(".csv") ? "text/csv" : name.endsWith(".ttl") ? "text/turtle" : "application/ld+json")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            out.println(resp.body());
            if (resp.statusCode() >= 400) {
                code = 1;
            } else if (resp.body().contains("\"errors\":[{")) {
                code = Math.max(code, LifelineCommand.SOME_ROWS_REJECTED);
            }
        }
        return code;
    }
}
