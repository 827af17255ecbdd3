// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lifeline.node.keys.NodeIdentity;

/**
 * The claims of a federated request (docs/protocol.md "Request envelope"): registered JWT claims (RFC 7519 §4.1)
 * plus why the requester asks ({@code purpose}, {@code legalBasis}, {@code agreement}, {@code role}: slugs of the
 * {@code https://w3id.org/lifeline/...} concept schemes, agreement as its id) and what ({@code queryKind}, and the
 * query as a JSON object). Times are whole seconds, as JWT NumericDate carries them.
 */
public record RequestEnvelope(String iss, String aud, Instant iat, Instant exp, String jti, String purpose,
                              String legalBasis, String agreement, String role, String queryKind, String queryJson)
        implements SignedClaims {
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int JTI_BYTES = 16;

    public RequestEnvelope {
        NodeIdentity.requireNodeId(iss);
        NodeIdentity.requireNodeId(aud);
        iat = iat.truncatedTo(ChronoUnit.SECONDS);
        exp = exp.truncatedTo(ChronoUnit.SECONDS);
        if (!exp.isAfter(iat)) {
            throw new IllegalArgumentException("exp must be after iat");
        }
        if (jti.isBlank() || jti.length() > 128 || agreement.isBlank() || queryJson.isBlank()) {
            throw new IllegalArgumentException("jti (1..128 chars), agreement and query must be present");
        }
        for (String slug : new String[] {purpose, legalBasis, role, queryKind}) {
            if (!SLUG.matcher(slug).matches()) {
                throw new IllegalArgumentException("purpose, legalBasis, role and queryKind must be slugs");
            }
        }
    }

    /** A request issued at {@code now} that expires after {@code lifetime}, with a fresh random jti. */
    public static RequestEnvelope issue(String iss, String aud, Instant now, Duration lifetime, RandomGenerator random,
                                        String purpose, String legalBasis, String agreement, String role,
                                        String queryKind, String queryJson) {
        return new RequestEnvelope(iss, aud, now, now.plus(lifetime), newJti(random), purpose, legalBasis, agreement,
                role, queryKind, queryJson);
    }

    /** 128 random bits, base64url: unguessable, so nobody can burn another node's jti in a replay cache. */
    public static String newJti(RandomGenerator random) {
        byte[] bytes = new byte[JTI_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
