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
import java.util.Optional;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.lifeline.node.federation.server.PeerReply;
import org.lifeline.node.federation.server.QueryService;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.TlsContexts;

/**
 * The peer-to-peer endpoint: HTTPS with mutual TLS only, on its own port, apart from the operator API
 * (docs/decisions/0002-peer-endpoint-on-jdk-https.md explains why it is the JDK server and not Micronaut's). The TLS
 * layer already refused every client certificate the trust list does not pin; the query service then matches the
 * certificate to the envelope's issuer. One virtual thread per exchange.
 */
public final class PeerHttpsServer implements AutoCloseable {
    public static final String QUERY_PATH = "/federation/v1/query";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PeerHttpsServer.class);

    private final HttpsServer server;

    private PeerHttpsServer(HttpsServer server) {
        this.server = server;
    }

    public static PeerHttpsServer start(InetSocketAddress address, SSLContext tls, QueryService queries, int maxBody)
            throws IOException {
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                params.setSSLParameters(TlsContexts.serverParameters());
            }
        });
        server.createContext(QUERY_PATH, exchange -> serve(exchange, queries, maxBody));
        server.createContext("/", exchange -> reply(exchange, PeerReply.problem(404,
                "{\"type\":\"https://w3id.org/lifeline/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return new PeerHttpsServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, QueryService queries, int maxBody) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, PeerReply.problem(405, "{\"type\":\"https://w3id.org/lifeline/problems/method-not-allowed\","
                        + "\"title\":\"Use POST\",\"status\":405}"));
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
            reply(exchange, queries.handle(new String(body.get(), StandardCharsets.US_ASCII).strip(), peer));
        } catch (RuntimeException e) {
            // a bug, not a refusal: the peer gets a bare 500, the log the exception type and where (no request content)
            LOG.error("peer request failed with {} at {}", e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            reply(exchange, PeerReply.problem(500, "{\"type\":\"https://w3id.org/lifeline/problems/internal-error\","
                    + "\"title\":\"Internal error\",\"status\":500}"));
        }
    }

    private static Optional<byte[]> readBounded(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? Optional.empty() : Optional.of(bytes);
    }

    private static void reply(HttpExchange exchange, PeerReply reply) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
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
