// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.node.keys.Ed25519PublicKey;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.SigningKey;

/**
 * The trust-list issuer a node believes: its id and public signing key. Installed once, out of band (the trust-list
 * ceremony, docs/operator-guide.md); every trust list the node accepts must verify against it.
 */
public record TrustAnchor(String issuer, SigningKey key) {
    public static final String FILE = "issuer.json";

    public static TrustAnchor of(NodeIdentity issuer, Instant validFrom) {
        return new TrustAnchor(issuer.nodeId(), SigningKey.openEnded(issuer.publicKey(), validFrom));
    }

    public List<SigningKey> keys() {
        return List.of(key);
    }

    public void write(Path file) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("issuer", issuer);
        o.put("kty", "OKP");
        o.put("crv", "Ed25519");
        o.put("x", key.key().x());
        o.put("validFrom", key.validFrom().toString());
        key.validUntil().ifPresent(u -> o.put("validUntil", u.toString()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSONObjectUtils.toJSONString(o) + "\n", StandardCharsets.UTF_8);
    }

    public static TrustAnchor read(Path file) throws IOException {
        try {
            Map<String, Object> o = JSONObjectUtils.parse(Files.readString(file, StandardCharsets.UTF_8));
            String until = JSONObjectUtils.getString(o, "validUntil");
            return new TrustAnchor(JSONObjectUtils.getString(o, "issuer"), new SigningKey(
                    new Ed25519PublicKey(JSONObjectUtils.getString(o, "x")),
                    Instant.parse(JSONObjectUtils.getString(o, "validFrom")),
                    Optional.ofNullable(until).map(Instant::parse)));
        } catch (ParseException | RuntimeException e) {
            throw new IOException(file + ": not a trust anchor (issuer, x, validFrom): " + e.getMessage(), e);
        }
    }
}
