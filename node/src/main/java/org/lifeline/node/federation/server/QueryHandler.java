// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.time.Instant;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;

/** Answers one kind of federated query (X-Road's one-handler-per-request-type); knows no HTTP and no signatures. */
public interface QueryHandler {
    QueryKind kind();

    Answer answer(String queryJson, Disclosures.Terms terms, Instant now) throws InvalidQueryException;
}
