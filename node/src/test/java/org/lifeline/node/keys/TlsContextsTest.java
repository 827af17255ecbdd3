// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Test;

/** Real loopback TLS 1.3 handshakes with Ed25519 certificates on both sides, pinned by fingerprint. */
class TlsContextsTest {
    private static final Clock CLOCK = Clock.fixed(TestIdentities.T0, ZoneOffset.UTC);
    private static final NodeIdentity SERVER = TestIdentities.identity("host.example");
    private static final NodeIdentity CLIENT = TestIdentities.identity("origin.example");
    private static final NodeIdentity STRANGER = TestIdentities.identity("stranger.example");

    /** What the server saw: the client's fingerprint, or the exception that ended the handshake. */
    private record ServerSide(Optional<CertificateFingerprint> peer, String protocol, String cipherSuite) {
    }

    @Test
    void handshake_bothCertificatesListed_succeedsWithTls13AndIdentifiesTheClient() throws Exception {
        var listed = Set.of(SERVER.fingerprint(), CLIENT.fingerprint());
        try (SSLServerSocket server = listen(TlsContexts.mutual(SERVER, () -> listed, CLOCK))) {
            CompletableFuture<ServerSide> served = serveOne(server);
            try (SSLSocket client = connect(TlsContexts.mutual(CLIENT, () -> listed, CLOCK), server)) {
                client.startHandshake();
                client.getOutputStream().write(42);
                client.getOutputStream().flush();
                assertThat(client.getInputStream().read()).isEqualTo(42);
                assertThat(TlsContexts.peerOf(client.getSession())).contains(SERVER.fingerprint());
            }
            ServerSide side = served.get(30, TimeUnit.SECONDS);
            assertThat(side.peer()).contains(CLIENT.fingerprint());
            assertThat(side.protocol()).isEqualTo("TLSv1.3");
            assertThat(SERVER.certificate().getSigAlgName()).isEqualTo("Ed25519");
        }
    }

    @Test
    void handshake_clientNotListed_isRefusedByTheServer() throws Exception {
        var serverTrusts = Set.of(SERVER.fingerprint(), CLIENT.fingerprint());
        var strangerTrusts = Set.of(SERVER.fingerprint());
        try (SSLServerSocket server = listen(TlsContexts.mutual(SERVER, () -> serverTrusts, CLOCK))) {
            CompletableFuture<ServerSide> served = serveOne(server);
            try (SSLSocket client = connect(TlsContexts.mutual(STRANGER, () -> strangerTrusts, CLOCK), server)) {
                // TLS 1.3: the client's handshake can finish before the server has judged its certificate,
                // so the refusal surfaces on the first read at the latest.
                assertThatThrownBy(() -> {
                    client.startHandshake();
                    client.getOutputStream().write(42);
                    client.getOutputStream().flush();
                    client.getInputStream().read();
                }).isInstanceOf(IOException.class);
            }
            assertThatThrownBy(() -> served.get(30, TimeUnit.SECONDS))
                    .hasRootCauseMessage("peer certificate " + STRANGER.fingerprint()
                            + " is not on the current trust list");
        }
    }

    @Test
    void handshake_serverNotListed_isRefusedByTheClient() throws Exception {
        var serverTrusts = Set.of(CLIENT.fingerprint());
        var clientTrusts = Set.of(CLIENT.fingerprint());
        try (SSLServerSocket server = listen(TlsContexts.mutual(STRANGER, () -> serverTrusts, CLOCK))) {
            serveOne(server);
            try (SSLSocket client = connect(TlsContexts.mutual(CLIENT, () -> clientTrusts, CLOCK), server)) {
                assertThatThrownBy(client::startHandshake).isInstanceOf(IOException.class)
                        .hasRootCauseMessage("peer certificate " + STRANGER.fingerprint()
                                + " is not on the current trust list");
            }
        }
    }

    @Test
    void handshake_trustListSupplierFails_refusesInsteadOfAccepting() throws Exception {
        var listed = Set.of(SERVER.fingerprint(), CLIENT.fingerprint());
        try (SSLServerSocket server = listen(TlsContexts.mutual(SERVER, () -> listed, CLOCK))) {
            serveOne(server);
            SSLContext broken = TlsContexts.mutual(CLIENT, () -> {
                throw new IllegalStateException("trust list unavailable");
            }, CLOCK);
            try (SSLSocket client = connect(broken, server)) {
                assertThatThrownBy(client::startHandshake).isInstanceOf(IOException.class);
            }
        }
    }

    private static SSLServerSocket listen(SSLContext context) throws IOException {
        var socket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket.setSSLParameters(TlsContexts.serverParameters());
        return socket;
    }

    private static SSLSocket connect(SSLContext context, SSLServerSocket server) throws IOException {
        var socket = (SSLSocket) context.getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        socket.setSSLParameters(TlsContexts.clientParameters());
        return socket;
    }

    private static CompletableFuture<ServerSide> serveOne(SSLServerSocket server) {
        var result = new CompletableFuture<ServerSide>();
        Thread.ofVirtual().start(() -> {
            try (var socket = (SSLSocket) server.accept()) {
                socket.startHandshake();
                int b = socket.getInputStream().read();
                socket.getOutputStream().write(b);
                socket.getOutputStream().flush();
                var session = socket.getSession();
                result.complete(new ServerSide(TlsContexts.peerOf(session), session.getProtocol(),
                        session.getCipherSuite()));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
