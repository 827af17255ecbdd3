// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.util.List;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.MerkleTree;
import org.lifeline.node.exchangelog.Rfc9162;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.Verification;
import org.lifeline.node.exchangelog.VerifierKey;

/** The per-checkpoint audit checks, against the tree recomputed from the exported entries. */
final class CheckpointChecks {
    private final MerkleTree tree;
    private final TrustedKeys trusted;
    private final List<AuditCheck> out;

    CheckpointChecks(MerkleTree tree, TrustedKeys trusted, List<AuditCheck> out) {
        this.tree = tree;
        this.trusted = trusted;
        this.out = out;
    }

    void logSignature(String id, SignedCheckpoint cp) {
        List<Verification> results = trusted.logKeys().stream()
                .map(k -> cp.verifyLogSignature(k.verifier())).toList();
        boolean ok = results.stream().anyMatch(Verification::ok);
        out.add(new AuditCheck(id + ".log-signature", ok, ok ? "signed by a trusted log key" : results.toString()));
    }

    /** The claimed root must be the root of the first {@code size} exported entries. */
    void root(String id, SignedCheckpoint cp) {
        if (cp.size() > tree.size()) {
            out.add(AuditCheck.fail(id + ".root", "checkpoint covers " + cp.size() + " entries, export has "
                    + tree.size()));
            return;
        }
        Hash computed = tree.root(cp.size());
        boolean ok = computed.equals(cp.root());
        out.add(new AuditCheck(id + ".root", ok, "size " + cp.size() + ": computed " + computed.hex()
                + (ok ? " = claimed" : " but checkpoint claims " + cp.root().hex())));
    }

    /** RFC 9162 §2.1.4 proof from the previous checkpoint to this one, generated from the entries. */
    void consistency(String id, SignedCheckpoint previous, SignedCheckpoint cp) {
        String check = id + ".consistency";
        if (!previous.checkpoint().origin().equals(cp.checkpoint().origin())) {
            out.add(AuditCheck.fail(check, "origin changed from " + previous.checkpoint().origin()));
        } else if (cp.size() < previous.size()) {
            out.add(AuditCheck.fail(check, "size went down from " + previous.size() + " to " + cp.size()));
        } else if (cp.size() > tree.size()) {
            out.add(AuditCheck.fail(check, "no entries to build a proof up to size " + cp.size()));
        } else {
            Verification v = previous.size() == 0
                    ? (previous.root().equals(Rfc9162.emptyRoot()) ? Verification.VALID
                            : Verification.invalid("consistency.empty-root", previous.root().hex()))
                    : tree.consistencyProof(previous.size(), cp.size()).verify(previous.root(), cp.root());
            out.add(new AuditCheck(check, v.ok(), "from size " + previous.size() + " to " + cp.size()
                    + (v.ok() ? ": proof verifies against both signed roots" : ": " + v)));
        }
    }

    /** Every trusted witness must have cosigned the latest checkpoint; cosignatures elsewhere must verify if present. */
    void witnesses(String id, SignedCheckpoint cp, boolean latest) {
        for (VerifierKey w : trusted.witnessKeys()) {
            String check = id + ".witness." + w.keyName();
            Verification v = cp.note().verifiedBy(w.verifier());
            boolean missing = v instanceof Verification.Invalid inv && inv.code().equals("note.signature-missing");
            if (missing && !latest) {
                continue;
            }
            out.add(new AuditCheck(check, v.ok(), v.ok() ? "cosigned" : v.toString()));
        }
    }
}
