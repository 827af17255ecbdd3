// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.lifeline.node.federation.server.PeerReply;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.keys.TlsContexts;

/**
 * Talks to a peer's endpoint over mutual TLS: sends a signed request and returns the response (a JWS) with the
 * exchange's receipt header, or reads and posts the exchange-log routes; fails with why.
 */
public final class PeerClient {
    private final HttpClient http;
    private final Duration timeout;

    public PeerClient(SSLContext tls, Duration timeout) {
        this.http = HttpClient.newBuilder().sslContext(tls).sslParameters(TlsContexts.clientParameters())
                .connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    /** A peer's answer to a query: the response JWS and the {@code Lifeline-Receipt} header, if it sent one. */
    public record Answer(String responseJws, Optional<String> receipt) {
    }

    public Answer ask(URI endpoint, String requestJws) throws PeerFailure {
        HttpResponse<String> r = call(post(endpoint, PeerHttpsServer.QUERY_PATH, PeerReply.JOSE, requestJws));
        return new Answer(r.body(), r.headers().firstValue(PeerReply.RECEIPT_HEADER));
    }

    public String send(URI endpoint, String requestJws) throws PeerFailure {
        return ask(endpoint, requestJws).responseJws();
    }

    /** GETs {@code pathAndQuery} (one of the exchange-log routes) and returns the body of a 200 answer. */
    public String get(URI endpoint, String pathAndQuery) throws PeerFailure {
        return call(HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).timeout(timeout).GET().build()).body();
    }

    public String post(URI endpoint, String path, String body) throws PeerFailure {
        return call(post(endpoint, path, PeerReply.NOTE, body)).body();
    }

    private HttpRequest post(URI endpoint, String path, String contentType, String body) {
        return HttpRequest.newBuilder(endpoint.resolve(path)).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpResponse<String> call(HttpRequest request) throws PeerFailure {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PeerFailure("HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new PeerFailure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerFailure("interrupted");
        }
    }

    /** A peer did not give a usable answer; the message is safe to show an operator. */
    public static final class PeerFailure extends Exception {
        public PeerFailure(String message) {
            super(message, null, false, false);
        }
    }
}
