// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.lifeline.node.federation.TrustAnchor;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.TrustListVerifier;
import org.lifeline.node.federation.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current trust list, from {@code federation/trust-list.jws}, verified against the installed trust anchor. A new
 * file (a revocation, a new member) is picked up on the next use; one that fails verification (bad signature, expired,
 * rollback) is refused and the node keeps the list it had, logging the codes.
 */
final class TrustListFile implements Supplier<TrustList> {
    static final String FILE = "trust-list.jws";
    private static final Logger LOG = LoggerFactory.getLogger(TrustListFile.class);

    private final Path file;
    private final Clock clock;
    private final TrustListVerifier verifier;
    private TrustList current;
    private FileTime loadedStamp;

    TrustListFile(Path federationDir, Clock clock) throws IOException {
        this.file = federationDir.resolve(FILE);
        this.clock = clock;
        TrustAnchor anchor = TrustAnchor.read(federationDir.resolve(TrustAnchor.FILE));
        this.verifier = new TrustListVerifier(anchor.issuer(), anchor.keys(), clock);
        this.loadedStamp = Files.getLastModifiedTime(file);
        Verdict<TrustList> verdict = verifier.verify(read(), Optional.empty());
        if (verdict instanceof Verdict.Rejected<TrustList> r) {
            throw new IOException(file + " refused: " + r.reasons());
        }
        this.current = ((Verdict.Accepted<TrustList>) verdict).value();
    }

    static boolean present(Path federationDir) {
        return Files.isRegularFile(federationDir.resolve(FILE)) && Files.isRegularFile(federationDir.resolve(TrustAnchor.FILE));
    }

    @Override
    public synchronized TrustList get() {
        try {
            FileTime stamp = Files.getLastModifiedTime(file);
            if (!stamp.equals(loadedStamp)) {
                loadedStamp = stamp;
                Verdict<TrustList> verdict = verifier.verify(read(), Optional.of(current));
                if (verdict instanceof Verdict.Accepted<TrustList> a) {
                    current = a.value();
                    LOG.info("trust list version {} installed", current.version());
                } else {
                    LOG.error("new trust list refused, keeping version {}: {}", current.version(), verdict.codes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!current.isValidAt(clock.instant())) {
            // fail closed: with an expired list no peer is trusted, in either direction
            throw new IllegalStateException("trust list version " + current.version() + " is not valid now; install a renewed one");
        }
        return current;
    }

    private String read() throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
