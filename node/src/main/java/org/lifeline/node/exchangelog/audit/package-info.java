// SPDX-License-Identifier: Apache-2.0
/**
 * Offline audit of an exchange log: {@link org.lifeline.node.exchangelog.audit.AuditExporter} writes a self-describing
 * directory (entries, signed checkpoints with witness cosignatures, published keys, manifest) and
 * {@link org.lifeline.node.exchangelog.audit.AuditVerifier} checks such a directory with nothing but trusted public
 * keys, returning every check with its evidence as an {@link org.lifeline.node.exchangelog.audit.AuditReport}. No
 * running node and no private key is involved. Depends on the root package's interfaces, never on its storage.
 */
@NullMarked
package org.lifeline.node.exchangelog.audit;

import org.jspecify.annotations.NullMarked;
