// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.node.testing.TestFederation.HOST;
import static org.lifeline.node.testing.TestFederation.T0;

import java.text.ParseException;
import org.lifeline.node.testing.TestFederation;
import org.junit.jupiter.api.Test;

class TrustListJsonTest {
    private final TrustList list = TestFederation.trustList().revoke(HOST.nodeId(), T0);

    @Test
    void decode_ofEncode_isTheSameList() throws Exception {
        assertThat(TrustListJson.decode(TrustListJson.encode(list))).isEqualTo(list);
    }

    @Test
    void encode_isCanonical_sortedMembersNamesAndNoWhitespace() {
        String json = TrustListJson.encode(list);
        assertThat(json).startsWith("{\"format\":\"lifeline-trust-list/1\",\"issued\":")
                .doesNotContain(" \"", "\n")
                .contains("\"revokedAt\":\"" + T0 + "\"");
        assertThat(json.indexOf("host.example")).isLessThan(json.indexOf("origin.example"));
    }

    @Test
    void decode_kidThatIsNotTheKeysThumbprint_isRefused() {
        String json = TrustListJson.encode(list).replace(HOST.kid(), "bogus-kid");
        assertThatThrownBy(() -> TrustListJson.decode(json)).isInstanceOf(ParseException.class)
                .hasMessageContaining("thumbprint");
    }

    @Test
    void decode_missingOrMistypedMembers_areParseErrors() {
        String json = TrustListJson.encode(list);
        assertThatThrownBy(() -> TrustListJson.decode(json.replace("\"version\":4", "\"version\":\"4\"")))
                .isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> TrustListJson.decode(json.replace("\"format\":\"lifeline-trust-list/1\",", "")))
                .isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> TrustListJson.decode(json.replace("https://host", "http://host")))
                .isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> TrustListJson.decode("[]")).isInstanceOf(ParseException.class);
    }
}
