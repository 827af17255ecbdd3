// SPDX-License-Identifier: Apache-2.0
/**
 * The exchange log's pure core: RFC 9162 hashing, Merkle tree math and proofs, the canonical
 * {@link org.lifeline.node.exchangelog.ExchangeEntry} encoding, C2SP checkpoints, signed notes and cosignatures,
 * receipts and the witness rule. Nothing here does IO or knows a framework: it depends on {@code java.*} only
 * (checked by {@code ExchangeLogArchitectureTest}), so the node, witnesses and the offline auditor all verify through
 * the same code. Storage lives in {@code exchangelog.file} behind {@link org.lifeline.node.exchangelog.ExchangeLog}.
 */
@NullMarked
package org.lifeline.node.exchangelog;

import org.jspecify.annotations.NullMarked;
