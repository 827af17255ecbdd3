// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.wiring.OfflineNode;

/** Three real node processes (origin, host, io), each with its own folder, store and port on loopback. */
class ThreeNodeFederationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path base;
    private static LocalFederation federation;

    @BeforeAll
    static void start() throws Exception {
        base = Files.createTempDirectory("lifeline-federation-");
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String name : new String[] {"origin", "host", "io"}) {
            Path dir = base.resolve(name);
            NodeSettings.defaults(name, 0).withDataDir(dir).write();
            Path csv = dir.resolve("sample.csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                new SyntheticPopulation(name.hashCode()).writeCsv(w, name.substring(0, 1), 50);
            }
            try (OfflineNode node = OfflineNode.open(NodeSettings.read(dir))) {
                assertThat(node.importService().importFile(csv, "test", p -> { }).allRowsImported()).isTrue();
            }
            folders.put(name, dir);
        }
        federation = LocalFederation.start(folders, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void everyNodeAnswersHealthOnItsOwnPort() throws Exception {
        assertThat(federation.nodes()).hasSize(3);
        assertThat(federation.nodes().values().stream().map(n -> n.url().getPort()).distinct()).hasSize(3);
        for (var node : federation.nodes().values()) {
            assertThat(get(node.url(), "/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void eachNodeServesOnlyItsOwnRecords() throws Exception {
        String hostPerson = get(federation.node("host").url(), "/api/records?type=person&limit=1").body();
        assertThat(hostPerson).contains("https://host/id/person/h-");
        String origin = get(federation.node("origin").url(), "/api/records?type=person&limit=1000").body();
        assertThat(origin).doesNotContain("https://host/").contains("https://origin/id/person/o-");
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
