// SPDX-License-Identifier: Apache-2.0
/**
 * Durable storage for the exchange log: an append-only segment of CRC-framed entries, a derived leaf-hash index and a
 * checkpoint file, with torn-tail repair on open. Used only through the root package's
 * {@link org.lifeline.node.exchangelog.ExchangeLog} interface; only the node's wiring names {@link
 * org.lifeline.node.exchangelog.file.FileExchangeLog}. File formats are described in docs/audit.md.
 */
@NullMarked
package org.lifeline.node.exchangelog.file;

import org.jspecify.annotations.NullMarked;
