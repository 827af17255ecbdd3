// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.util.Optional;

/** The node's federation side, if it is configured (a trust list and anchor in its folder). */
public record Federation(Optional<FederationRuntime> runtime) implements AutoCloseable {
    @Override
    public void close() {
        runtime.ifPresent(FederationRuntime::close);
    }
}
