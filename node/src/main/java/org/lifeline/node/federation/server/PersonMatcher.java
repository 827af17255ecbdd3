// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.util.List;
import org.lifeline.node.federation.query.FindPersonQuery;
import org.lifeline.node.store.StoredRecord;

/** Finds the node's records that may be the person sought, best first, with the features that matched. */
public interface PersonMatcher {
    List<Match> find(FindPersonQuery query, int limit);

    /** A candidate record, its score in 0..1 and the names of the features that matched (explainable). */
    record Match(StoredRecord record, double score, List<String> matched) {
    }
}
