// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Signs a trust list as a compact JWS (RFC 7515 §7.1): header {@code alg=EdDSA}, {@code kid} = the issuer key's
 * RFC 7638 thumbprint, {@code typ=}{@value #TYPE}; payload = the canonical JSON of {@link TrustListJson}.
 */
public final class TrustListSigner {
    public static final String TYPE = "lifeline-trust-list+jws";

    private TrustListSigner() {
    }

    public static String sign(TrustList list, NodeIdentity issuer) {
        if (!issuer.nodeId().equals(list.issuer())) {
            throw new IllegalArgumentException("trust list of issuer " + list.issuer() + " cannot be signed by "
                    + issuer.nodeId());
        }
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(issuer.kid())
                .type(new JOSEObjectType(TYPE)).build();
        var jws = new JWSObject(header, new Payload(TrustListJson.encode(list)));
        try {
            jws.sign(issuer.jwsSigner());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing trust list version " + list.version() + " failed", e);
        }
        return jws.serialize();
    }
}
