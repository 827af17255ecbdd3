// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSProvider;
import com.nimbusds.jose.jca.JCAContext;
import java.util.Set;

/** What Nimbus asks of every JWS provider; ours support exactly {@code EdDSA} and use no JCA provider. */
abstract sealed class EdDsaJwsProvider implements JWSProvider permits EdDsaJwsSigner, EdDsaJwsVerifier {
    private final JCAContext jcaContext = new JCAContext();

    @Override
    public final Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public final JCAContext getJCAContext() {
        return jcaContext;
    }
}
