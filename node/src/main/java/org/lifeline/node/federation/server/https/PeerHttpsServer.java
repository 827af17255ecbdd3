// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server.https;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.lifeline.node.federation.server.LogService;
import org.lifeline.node.federation.server.PeerReply;
import org.lifeline.node.federation.server.QueryService;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.TlsContexts;

/**
 * The peer-to-peer endpoint: HTTPS with mutual TLS only, on its own port, apart from the operator API
 * (docs/decisions/0002-peer-endpoint-on-jdk-https.md explains why it is the JDK server and not Micronaut's). The TLS
 * layer already refused every client certificate the trust list does not pin; the query service then matches the
 * certificate to the envelope's issuer. The same port serves the exchange log's routes (checkpoint, proofs,
 * cosignatures; docs/protocol.md "Exchange log endpoints") to the same pinned peers. One virtual thread per exchange.
 */
public final class PeerHttpsServer implements AutoCloseable {
    public static final String QUERY_PATH = "/federation/v1/query";
    public static final String CHECKPOINT_PATH = "/federation/v1/checkpoint";
    public static final String INCLUSION_PATH = "/federation/v1/proof/inclusion";
    public static final String CONSISTENCY_PATH = "/federation/v1/proof/consistency";
    public static final String COSIGN_PATH = "/federation/v1/cosign";
    private static final PeerReply NOT_FOUND = PeerReply.problem(404,
            "{\"type\":\"https://w3id.org/lifeline/problems/not-found\",\"title\":\"Not found\",\"status\":404}");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PeerHttpsServer.class);

    private final HttpsServer server;

    private PeerHttpsServer(HttpsServer server) {
        this.server = server;
    }

    /** A route's work: the request body (empty for GET), the query parameters and the TLS peer, to a reply. */
    @FunctionalInterface
    private interface Route {
        PeerReply serve(String body, Map<String, String> query, Optional<CertificateFingerprint> peer);
    }

    public static PeerHttpsServer start(InetSocketAddress address, SSLContext tls, QueryService queries, LogService logs,
                                        int maxBody) throws IOException {
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                params.setSSLParameters(TlsContexts.serverParameters());
            }
        });
        route(server, QUERY_PATH, "POST", maxBody, (body, q, peer) -> queries.handle(body.strip(), peer));
        route(server, CHECKPOINT_PATH, "GET", maxBody, (body, q, peer) -> logs.checkpoint());
        route(server, INCLUSION_PATH, "GET", maxBody, (body, q, peer) -> logs.inclusion(q));
        route(server, CONSISTENCY_PATH, "GET", maxBody, (body, q, peer) -> logs.consistency(q));
        route(server, COSIGN_PATH, "POST", maxBody, (body, q, peer) -> logs.cosign(body, peer));
        server.createContext("/", exchange -> reply(exchange, NOT_FOUND));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return new PeerHttpsServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // Exact path only: createContext matches prefixes, so a longer path falls through to the 404 problem.
    private static void route(HttpsServer server, String path, String method, int maxBody, Route route) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                reply(exchange, NOT_FOUND);
                return;
            }
            serve(exchange, method, maxBody, route);
        });
    }

    private static void serve(HttpExchange exchange, String method, int maxBody, Route route) throws IOException {
        try {
            if (!method.equals(exchange.getRequestMethod())) {
                reply(exchange, PeerReply.problem(405, "{\"type\":\"https://w3id.org/lifeline/problems/method-not-allowed\","
                        + "\"title\":\"Use " + method + "\",\"status\":405}"));
                return;
            }
            Optional<byte[]> body = readBounded(exchange.getRequestBody(), maxBody);
            if (body.isEmpty()) {
                reply(exchange, PeerReply.problem(413, "{\"type\":\"https://w3id.org/lifeline/problems/body-too-large\","
                        + "\"title\":\"Request too large\",\"status\":413,\"detail\":\"at most " + maxBody + " bytes\"}"));
                return;
            }
            Optional<CertificateFingerprint> peer = exchange instanceof HttpsExchange https
                    ? TlsContexts.peerOf(https.getSSLSession()) : Optional.empty();
            reply(exchange, route.serve(new String(body.get(), StandardCharsets.UTF_8),
                    query(exchange.getRequestURI().getRawQuery()), peer));
        } catch (RuntimeException e) {
            // a bug, not a refusal: the peer gets a bare 500, the log the exception type and where (no request content)
            LOG.error("peer request failed with {} at {}", e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            reply(exchange, PeerReply.problem(500, "{\"type\":\"https://w3id.org/lifeline/problems/internal-error\","
                    + "\"title\":\"Internal error\",\"status\":500}"));
        }
    }

    // Only plain decimal parameters are used, so no percent-decoding: anything else simply fails validation.
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&", 16)) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return out;
    }

    private static Optional<byte[]> readBounded(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? Optional.empty() : Optional.of(bytes);
    }

    private static void reply(HttpExchange exchange, PeerReply reply) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.receipt().ifPresent(r -> exchange.getResponseHeaders().set(PeerReply.RECEIPT_HEADER, r));
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
