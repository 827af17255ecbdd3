// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.lifeline.node.LifelineNode;

/**
 * Several real node processes on loopback, each with its own folder, started from this JVM's own class path: the
 * demo's federation and the federation tests' fixture. Each node picks a free port and announces it in
 * {@code run.json}; a node counts as up once its health endpoint answers.
 */
public final class LocalFederation implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

    private final Map<String, RunningNode> nodes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A started node: its process, folder and operator URL. */
    public record RunningNode(String name, Process process, Path dir, URI url) {
    }

    /** Starts a node process for each folder (created by {@code lifeline init}) and waits until all are healthy. */
    public static LocalFederation start(Map<String, Path> folders, Duration timeout) throws IOException {
        return start(folders, timeout, Map.of());
    }

    /**
     * As {@link #start(Map, Duration)}, with configuration {@code properties} (e.g.
     * {@code lifeline.federation.witness-interval}) passed to every node as system properties.
     */
    public static LocalFederation start(Map<String, Path> folders, Duration timeout, Map<String, String> properties)
            throws IOException {
        LocalFederation federation = new LocalFederation();
        try {
            Map<String, Process> started = new LinkedHashMap<>();
            for (var e : folders.entrySet()) {
                Files.deleteIfExists(e.getValue().resolve("run.json"));
                started.put(e.getKey(), launch(e.getValue(), properties));
            }
            Instant deadline = Instant.now().plus(timeout);
            for (var e : started.entrySet()) {
                Path dir = folders.get(e.getKey());
                URI url = federation.awaitHealthy(e.getKey(), e.getValue(), dir, deadline);
                federation.nodes.put(e.getKey(), new RunningNode(e.getKey(), e.getValue(), dir, url));
            }
            return federation;
        } catch (IOException | RuntimeException e) {
            federation.close();
            throw e;
        }
    }

    private static Process launch(Path dir, Map<String, String> properties) throws IOException {
        List<String> cmd = lifelineCommand("run", "--dir", dir.toString(), "--port", "0");
        properties.forEach((k, v) -> cmd.add(1, "-D" + k + "=" + v));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node.log").toFile())).start();
    }

    /**
     * Command line that runs {@code lifeline ARGS} in a new JVM: the same Java and flags as this process, and the
     * node jar named by the {@code lifeline.jar} system property (tests) or else this process's own class path.
     */
    public static List<String> lifelineCommand(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        String jar = System.getProperty("lifeline.jar", "");
        cmd.addAll(List.of("-cp", jar.isEmpty() ? System.getProperty("java.class.path") : jar, LifelineNode.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private URI awaitHealthy(String name, Process p, Path dir, Instant deadline) throws IOException {
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IOException("node " + name + " exited with code " + p.exitValue() + "; see " + dir.resolve("node.log"));
            }
            Path run = dir.resolve("run.json");
            if (Files.exists(run)) {
                var m = URL.matcher(Files.readString(run, StandardCharsets.UTF_8));
                if (m.find() && healthy(URI.create(m.group(1)))) {
                    return URI.create(m.group(1));
                }
            }
            try {
                p.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for node " + name, e);
            }
        }
        throw new IOException("node " + name + " did not become healthy in time; see " + dir.resolve("node.log"));
    }

    public boolean healthy(URI base) {
        try {
            var resp = http.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return resp.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Map<String, RunningNode> nodes() {
        return Map.copyOf(nodes);
    }

    public RunningNode node(String name) {
        RunningNode n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node named " + name + " in this federation; have " + nodes.keySet());
        }
        return n;
    }

    /** Ends a node abruptly (SIGKILL), as a crash would. */
    public void kill(String name) throws InterruptedException {
        Process p = node(name).process();
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** Stops one node in order (SIGTERM, as an operator would) and waits until it has exited. */
    public void stop(String name) throws InterruptedException {
        Process p = node(name).process();
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops every node: SIGTERM (orderly shutdown), then SIGKILL for any still alive after 15 s. */
    @Override
    public void close() {
        nodes.values().forEach(n -> n.process().destroy());
        for (RunningNode n : nodes.values()) {
            try {
                if (!n.process().waitFor(15, TimeUnit.SECONDS)) {
                    n.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                n.process().destroyForcibly();
            }
        }
    }
}
