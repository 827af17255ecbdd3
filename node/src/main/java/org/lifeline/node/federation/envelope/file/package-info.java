// SPDX-License-Identifier: Apache-2.0
/**
 * File-backed adapters for envelope state: the replay cache as a small append-only file that is compacted when most
 * of its lines have expired. Only the node's wiring should construct these.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.federation.envelope.file;
