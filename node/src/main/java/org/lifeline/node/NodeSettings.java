// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifeline.node.store.RecordRef;
import org.yaml.snakeyaml.Yaml;

/**
 * A node's settings as written by {@code lifeline init} to {@code <folder>/node.yml}. The same file is Micronaut's
 * configuration when the node runs; offline commands (import, export) read it here without starting a server.
 */
public record NodeSettings(String nodeId, Path dataDir, String host, int port, Duration defaultRetention,
                           Duration purgeInterval, int peerPort) {
    public static final String FILE = "node.yml";
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(730);

    public NodeSettings {
        if (!RecordRef.validNodeId(nodeId)) {
            throw new IllegalArgumentException("node name must be lower-case letters, digits, '.' or '-' but was '" + nodeId + "'");
        }
        if (port < 0 || port > 65535 || peerPort < 0 || peerPort > 65535) {
            throw new IllegalArgumentException("ports must be 0..65535 but were " + port + " and " + peerPort);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Embedded defaults: data under ./data/{name}, loopback only, two-year retention. */
    public static NodeSettings defaults(String nodeId, int port) {
        return new NodeSettings(nodeId, Path.of("data", nodeId), "127.0.0.1", port, DEFAULT_RETENTION, Duration.ofHours(1), 0);
    }

    public Path storeDir() {
        return dataDir.resolve("store");
    }

    public Path configFile() {
        return dataDir.resolve(FILE);
    }

    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    /** Trust list ({@code trust-list.jws}) and trust anchor ({@code issuer.json}) of the federation. */
    public Path federationDir() {
        return dataDir.resolve("federation");
    }

    /** Sharing agreements and consent records (Turtle) the consent engine decides with. */
    public Path policyDir() {
        return dataDir.resolve("policy");
    }

    public Path exchangeLogDir() {
        return dataDir.resolve("exchange-log");
    }

    /** The peer endpoint this node advertises in the trust list (mutual TLS). */
    public java.net.URI peerEndpoint() {
        return java.net.URI.create("https://" + host + ":" + peerPort);
    }

    public NodeSettings withDataDir(Path dir) {
        return new NodeSettings(nodeId, dir, host, port, defaultRetention, purgeInterval, peerPort);
    }

    public NodeSettings withPorts(int apiPort, int newPeerPort) {
        return new NodeSettings(nodeId, dataDir, host, apiPort, defaultRetention, purgeInterval, newPeerPort);
    }

    /** Reads {@code node.yml} from a node folder; the folder itself is the data folder unless the file says otherwise. */
    @SuppressWarnings("unchecked")
    public static NodeSettings read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " not found: create the node first with `lifeline init --name NAME --dir " + folder + "`");
        }
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = Optional.ofNullable((Map<String, Object>) new Yaml().load(r)).orElse(Map.of());
        }
        Map<String, Object> lifeline = section(root, "lifeline");
        Map<String, Object> server = section(section(root, "micronaut"), "server");
        Map<String, Object> retention = section(lifeline, "retention");
        try {
            return new NodeSettings(String.valueOf(lifeline.getOrDefault("node-id", "")),
                    Path.of(String.valueOf(lifeline.getOrDefault("data-dir", folder.toString()))),
                    String.valueOf(server.getOrDefault("host", "127.0.0.1")),
                    Integer.parseInt(String.valueOf(server.getOrDefault("port", "7100"))),
                    Duration.parse(String.valueOf(retention.getOrDefault("default", DEFAULT_RETENTION.toString()))),
                    Duration.parse(String.valueOf(retention.getOrDefault("purge-interval", "PT1H"))),
                    Integer.parseInt(String.valueOf(section(lifeline, "federation").getOrDefault("peer-port", "0"))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code node.yml} into the data folder (creating it). */
    public void write() throws IOException {
        Files.createDirectories(dataDir);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lifeline", Map.of("node-id", nodeId, "data-dir", dataDir.toString(),
                "retention", Map.of("default", defaultRetention.toString(), "purge-interval", purgeInterval.toString()),
                "federation", Map.of("peer-port", peerPort)));
        root.put("micronaut", Map.of("server", Map.of("host", host, "port", port)));
        Files.writeString(configFile(), "# Lifeline node settings (docs/operator-guide.md explains each key)\n"
                + new Yaml().dumpAsMap(root), StandardCharsets.UTF_8);
    }

    /** Micronaut properties for running this node. */
    public Map<String, Object> micronautProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lifeline.node-id", nodeId);
        p.put("lifeline.data-dir", dataDir.toString());
        p.put("lifeline.retention.default", defaultRetention.toString());
        p.put("lifeline.retention.purge-interval", purgeInterval.toString());
        p.put("lifeline.federation.peer-port", peerPort);
        p.put("micronaut.server.host", host);
        p.put("micronaut.server.port", port);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
