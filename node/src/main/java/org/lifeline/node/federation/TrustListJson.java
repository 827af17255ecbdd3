// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.Ed25519PublicKey;
import org.lifeline.node.keys.SigningKey;

/**
 * Canonical JSON of a trust list (format {@value #FORMAT}, see docs/protocol.md): object members in code-point order
 * of their names, no insignificant whitespace, members sorted by node id, sets sorted, instants as RFC 3339 UTC
 * strings, only strings, integers and arrays/objects (so the RFC 8785 number rules never come into play). Equal
 * lists encode to identical bytes. Signing keys are written as OKP JWKs (RFC 8037) plus a validity window.
 */
public final class TrustListJson {
    public static final String FORMAT = "lifeline-trust-list/1";

    private TrustListJson() {
    }

    public static String encode(TrustList list) {
        var root = new TreeMap<String, Object>();
        root.put("format", FORMAT);
        root.put("issuer", list.issuer());
        root.put("version", list.version());
        root.put("issued", list.issued().toString());
        root.put("validFrom", list.validFrom().toString());
        root.put("validUntil", list.validUntil().toString());
        root.put("members", list.members().stream().map(TrustListJson::member).toList());
        return JSONObjectUtils.toJSONString(root);
    }

    private static Map<String, Object> member(Member m) {
        var o = new TreeMap<String, Object>();
        o.put("nodeId", m.nodeId());
        o.put("organisation", m.organisation());
        o.put("authorityOf", m.authorityOf().stream().sorted().toList());
        o.put("roles", m.roles().stream().sorted().toList());
        o.put("endpoint", m.endpoint().toString());
        o.put("tlsCertificates", m.tlsCertificates().stream().map(CertificateFingerprint::sha256Hex).sorted().toList());
        o.put("signingKeys", m.signingKeys().stream().map(TrustListJson::signingKey).toList());
        o.put("validFrom", m.validFrom().toString());
        o.put("validUntil", m.validUntil().toString());
        m.revokedAt().ifPresent(r -> o.put("revokedAt", r.toString()));
        return o;
    }

    private static Map<String, Object> signingKey(SigningKey k) {
        var o = new TreeMap<String, Object>();
        o.put("kid", k.kid());
        o.put("kty", "OKP");
        o.put("crv", "Ed25519");
        o.put("x", k.key().x());
        o.put("validFrom", k.validFrom().toString());
        k.validUntil().ifPresent(u -> o.put("validUntil", u.toString()));
        return o;
    }

    /** Parses a trust list; any missing, mistyped or inconsistent member is a {@link ParseException}. */
    public static TrustList decode(String json) throws ParseException {
        try {
            var root = new JsonObject(JSONObjectUtils.parse(json));
            if (!FORMAT.equals(root.string("format"))) {
                throw new ParseException("unsupported trust list format", 0);
            }
            var members = new ArrayList<Member>();
            for (JsonObject m : root.objects("members")) {
                members.add(member(m));
            }
            return new TrustList(root.string("issuer"), root.integer("version"), root.instant("issued"),
                    root.instant("validFrom"), root.instant("validUntil"), members);
        } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
            throw new ParseException("invalid trust list: " + e.getMessage(), 0);
        }
    }

    private static Member member(JsonObject m) throws ParseException {
        var keys = new ArrayList<SigningKey>();
        for (JsonObject k : m.objects("signingKeys")) {
            keys.add(signingKey(k));
        }
        return new Member(m.string("nodeId"), m.string("organisation"), Set.copyOf(m.strings("authorityOf")),
                Set.copyOf(m.strings("roles")),
                URI.create(m.string("endpoint")),
                m.strings("tlsCertificates").stream().map(CertificateFingerprint::new).collect(Collectors.toSet()),
                keys, m.instant("validFrom"), m.instant("validUntil"), m.optionalInstant("revokedAt"));
    }

    private static SigningKey signingKey(JsonObject k) throws ParseException {
        if (!"OKP".equals(k.string("kty")) || !"Ed25519".equals(k.string("crv"))) {
            throw new ParseException("signing keys must be OKP Ed25519 JWKs", 0);
        }
        var key = new SigningKey(new Ed25519PublicKey(k.string("x")), k.instant("validFrom"),
                k.optionalInstant("validUntil"));
        if (!key.kid().equals(k.string("kid"))) {
            throw new ParseException("kid " + k.string("kid") + " is not the thumbprint of its key", 0);
        }
        return key;
    }

    /** Required-member accessors over a parsed JSON object; absence or a wrong type is a ParseException. */
    private record JsonObject(Map<String, Object> map) {
        String string(String name) throws ParseException {
            if (map.get(name) instanceof String s) {
                return s;
            }
            throw new ParseException("'" + name + "' must be a string", 0);
        }

        long integer(String name) throws ParseException {
            if (map.get(name) instanceof Number n && n.doubleValue() == n.longValue()) {
                return n.longValue();
            }
            throw new ParseException("'" + name + "' must be an integer", 0);
        }

        Instant instant(String name) throws ParseException {
            return Instant.parse(string(name));
        }

        Optional<Instant> optionalInstant(String name) throws ParseException {
            return map.containsKey(name) ? Optional.of(instant(name)) : Optional.empty();
        }

        List<String> strings(String name) throws ParseException {
            var out = new ArrayList<String>();
            for (Object o : list(name)) {
                if (!(o instanceof String s)) {
                    throw new ParseException("'" + name + "' must hold strings", 0);
                }
                out.add(s);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        List<JsonObject> objects(String name) throws ParseException {
            var out = new ArrayList<JsonObject>();
            for (Object o : list(name)) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new ParseException("'" + name + "' must hold objects", 0);
                }
                out.add(new JsonObject((Map<String, Object>) m));
            }
            return out;
        }

        private List<?> list(String name) throws ParseException {
            if (map.get(name) instanceof List<?> l) {
                return l;
            }
            throw new ParseException("'" + name + "' must be an array", 0);
        }
    }
}
