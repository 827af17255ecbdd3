// SPDX-License-Identifier: Apache-2.0
/**
 * The exchange log as the federation sees it (docs/protocol.md, "Exchange log endpoints"): the JSON forms of receipts
 * and proofs, the checkpointer that signs tree heads for responses, the requester's receipt check, the trust-list
 * derived log and witness keys, and the small file stores a node keeps beside its log (gathered cosignatures, witness
 * state per peer, receipts, alerts). No HTTP here: the peer server and client use these types.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.federation.transparency;
