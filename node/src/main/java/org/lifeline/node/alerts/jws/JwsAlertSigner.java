// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.SignedJWT;
import org.lifeline.node.alerts.CrisisAlert;
import org.lifeline.node.alerts.SignedAlert;
import org.lifeline.node.keys.EdDsaJwsSigner;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Signs this node's alerts with its current key: header {@code alg=EdDSA}, {@code kid}, {@code typ=}
 * {@value AlertClaims#TYPE} (RFC 8725 §3.11, so an alert cannot pass for a request or response). Thread-safe.
 */
public final class JwsAlertSigner {
    private final String nodeId;
    private final String kid;
    private final EdDsaJwsSigner signer;

    public JwsAlertSigner(NodeIdentity identity) {
        this.nodeId = identity.nodeId();
        this.kid = identity.kid();
        this.signer = identity.jwsSigner();
    }

    public SignedAlert sign(CrisisAlert alert) {
        if (!nodeId.equals(alert.issuer())) {
            throw new IllegalArgumentException("node " + nodeId + " cannot sign alert " + alert.id() + " of "
                    + alert.issuer());
        }
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid)
                .type(new JOSEObjectType(AlertClaims.TYPE)).build();
        var jwt = new SignedJWT(header, AlertClaims.encode(alert));
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("EdDSA signing failed for node " + nodeId, e);
        }
        return new SignedAlert(jwt.serialize());
    }
}
