// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests.bench;

import com.nimbusds.jose.JWSObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.DemoData;
import org.lifeline.node.demo.FederationSetup;
import org.lifeline.node.demo.FederationSetup.NodeSpec;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.federation.client.PeerClient;
import org.lifeline.node.federation.envelope.EnvelopeSigner;
import org.lifeline.node.federation.envelope.RequestEnvelope;
import org.lifeline.node.federation.envelope.ResponseEnvelope;
import org.lifeline.node.keys.EdDsaJwsVerifier;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.TlsContexts;

/**
 * Benchmark (not a test; issue 5): signed find-person requests served by one node over mTLS, one in flight, next to
 * the crypto-only floor measured in the same run — sign the request, verify it, sign a response of the same size,
 * verify it — so the result is a ratio. Args: [records at the node, default 20000] [requests, default 2000].
 * Run: see docs/benchmarks.md. Writes federation-tests/target/bench/find-person.json.
 */
public final class FindPersonBench {
    private static final String AGREEMENT = "https://w3id.org/lifeline/demo/agreement/origin-host-consular";
    private static final String QUERY = "{\"names\":[\"Мухаммед Алиев\"],\"birthDate\":\"1990\"}";

    private FindPersonBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path base = Files.createTempDirectory("lifeline-bench-");
        List<NodeSettings> nodes = FederationSetup.create(base, List.of(
                new NodeSpec("origin", "Ministry of A", Set.of("XA"), Set.of("consular-services")),
                new NodeSpec("host", "Civil Protection of H", Set.of("XH"), Set.of("civil-protection"))));
        System.out.printf("loading %d records into host ...%n", records);
        DemoData.load(nodes.get(1), "h", records, true);
        Map<String, Path> folders = new LinkedHashMap<>();
        nodes.forEach(n -> folders.put(n.nodeId(), n.dataDir()));
        NodeIdentity origin = KeyFiles.read(nodes.get(0).keysDir());
        NodeIdentity host = KeyFiles.read(nodes.get(1).keysDir());
        try (LocalFederation federation = LocalFederation.start(folders, Duration.ofMinutes(5))) {
            SSLContext tls = TlsContexts.mutual(origin, () -> Set.of(host.fingerprint()), Clock.systemUTC());
            PeerClient client = new PeerClient(tls, Duration.ofSeconds(30));
            EnvelopeSigner signer = new EnvelopeSigner(origin);
            String lastResponse = "";
            long[] served = new long[requests];
            for (int i = -requests / 4; i < requests; i++) {     // first quarter: warm-up, not recorded
                long t0 = System.nanoTime();
                String req = signer.signRequest(request());
                lastResponse = client.send(nodes.get(1).peerEndpoint(), req);
                if (i >= 0) {
                    served[i] = System.nanoTime() - t0;
                }
            }
            long[] floor = cryptoFloor(origin, host, lastResponse, requests);
            report(records, requests, served, floor);
        }
    }

    private static RequestEnvelope request() {
        return RequestEnvelope.issue("origin", "host", Instant.now(), Duration.ofSeconds(60), new SecureRandom(),
                "family-tracing", "consent", AGREEMENT, "consular-services", "find-person", QUERY);
    }

    /** Per iteration: sign a request, verify it, sign a response like the node's last one, verify it. */
    private static long[] cryptoFloor(NodeIdentity origin, NodeIdentity host, String sampleResponse, int n) throws Exception {
        EnvelopeSigner requester = new EnvelopeSigner(origin);
        EnvelopeSigner answerer = new EnvelopeSigner(host);
        var verifyOrigin = new EdDsaJwsVerifier(origin.publicKey());
        var verifyHost = new EdDsaJwsVerifier(host.publicKey());
        var claims = JWSObject.parse(sampleResponse).getPayload().toJSONObject();
        String records = com.nimbusds.jose.util.JSONArrayUtils.toJSONString((List<?>) claims.get("records"));
        String decisions = com.nimbusds.jose.util.JSONArrayUtils.toJSONString((List<?>) claims.get("decisions"));
        long[] times = new long[n];
        for (int i = -n / 4; i < n; i++) {
            long t0 = System.nanoTime();
            RequestEnvelope req = request();
            String reqJws = requester.signRequest(req);
            if (!JWSObject.parse(reqJws).verify(verifyOrigin)) {
                throw new IllegalStateException("request signature did not verify");
            }
            String respJws = answerer.signResponse(ResponseEnvelope.answering(reqJws, req, Instant.now(),
                    RequestEnvelope.newJti(new SecureRandom()), records, decisions));
            if (!JWSObject.parse(respJws).verify(verifyHost)) {
                throw new IllegalStateException("response signature did not verify");
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        return times;
    }

    private static void report(int records, int requests, long[] served, long[] floor) throws Exception {
        Arrays.sort(served);
        Arrays.sort(floor);
        double servedRate = requests / (Arrays.stream(served).sum() / 1e9);
        double floorRate = requests / (Arrays.stream(floor).sum() / 1e9);
        String table = String.format("""
                find-person over mTLS, one in flight, %d records at the node, %d requests, %d cores
                  %-34s %10s %10s %10s
                  %-34s %10.0f %10.2f %10.2f
                  %-34s %10.0f %10.2f %10.2f
                  ratio served / crypto floor (req/s): %.3f
                """, records, requests, Runtime.getRuntime().availableProcessors(), "", "req/s", "p50 ms", "p99 ms",
                "signed find-person served", servedRate, ms(served, 0.5), ms(served, 0.99),
                "crypto floor (2 signs + 2 verifies)", floorRate, ms(floor, 0.5), ms(floor, 0.99), servedRate / floorRate);
        System.out.print(table);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("find-person.json"), String.format(
                "{\"cores\":%d,\"records\":%d,\"requests\":%d,\"served\":{\"rps\":%.1f,\"p50ms\":%.3f,\"p99ms\":%.3f},"
                        + "\"cryptoFloor\":{\"rps\":%.1f,\"p50ms\":%.3f,\"p99ms\":%.3f},\"ratio\":%.4f}%n",
                Runtime.getRuntime().availableProcessors(), records, requests, servedRate, ms(served, 0.5), ms(served, 0.99),
                floorRate, ms(floor, 0.5), ms(floor, 0.99), servedRate / floorRate), StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
