// SPDX-License-Identifier: Apache-2.0
/**
 * The privacy budget ledger on the local file system: an append-only, fsync'ed, checksummed line file that is replayed
 * on start, so that ε spent before a restart or crash still counts.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.aggregates.file;
