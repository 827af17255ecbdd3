// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.keys.TlsContexts;

/** Sends one signed request to a peer over mutual TLS and returns the response body (a JWS) or fails with why. */
public final class PeerClient {
    private final HttpClient http;
    private final Duration timeout;

    public PeerClient(SSLContext tls, Duration timeout) {
        this.http = HttpClient.newBuilder().sslContext(tls).sslParameters(TlsContexts.clientParameters())
                .connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    public String send(URI endpoint, String requestJws) throws PeerFailure {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(PeerHttpsServer.QUERY_PATH)).timeout(timeout)
                .header("Content-Type", "application/jose")
                .POST(HttpRequest.BodyPublishers.ofString(requestJws, StandardCharsets.US_ASCII)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PeerFailure("HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body();
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
