// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.Arrays;

/** Who offers transport (R26, R28, R14): a state, an international organisation, an employer or a carrier. */
public enum ProviderKind {
    STATE("state"), INTERNATIONAL_ORGANISATION("international-organisation"), EMPLOYER("employer"),
    CARRIER("carrier");

    private final String slug;

    ProviderKind(String slug) {
        this.slug = slug;
    }

    /** The {@code ll:providerKind} value. */
    public String slug() {
        return slug;
    }

    public static ProviderKind ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("provider kind must be state, international-organisation,"
                        + " employer or carrier"));
    }
}
