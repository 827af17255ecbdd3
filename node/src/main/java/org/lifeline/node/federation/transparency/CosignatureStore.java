// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lifeline.node.exchangelog.Checkpoint;
import org.lifeline.node.exchangelog.NoteSignature;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.SignedNote;
import org.lifeline.node.exchangelog.audit.WitnessCosignature;

/**
 * The witness cosignatures this node gathered on its own checkpoints, in {@code cosignatures.log}: one line per
 * cosignature, base64url of a signed note holding the checkpoint body and the one cosignature line. Callers verify a
 * cosignature before adding it; the store only keeps it durably and attaches it when the checkpoint is published.
 */
public final class CosignatureStore {
    public static final String FILE = "cosignatures.log";

    private final Path file;
    private final List<WitnessCosignature> all = new CopyOnWriteArrayList<>();

    private CosignatureStore(Path file) {
        this.file = file;
    }

    /** Loads {@code dir/cosignatures.log}; lines that do not parse (a torn tail) are skipped. */
    public static CosignatureStore open(Path dir) throws IOException {
        var store = new CosignatureStore(dir.resolve(FILE));
        store.all.addAll(read(store.file));
        return store;
    }

    public static List<WitnessCosignature> read(Path file) throws IOException {
        List<WitnessCosignature> out = new ArrayList<>();
        for (String line : TextFiles.completeLines(file)) {
            decode(line).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<WitnessCosignature> decode(String line) {
        try {
            String note = new String(Base64.getUrlDecoder().decode(line), StandardCharsets.UTF_8);
            return switch (SignedCheckpoint.parse(note)) {
                case Parsed.Ok<SignedCheckpoint> ok when ok.value().note().signatures().size() == 1 -> Optional.of(
                        new WitnessCosignature(ok.value().checkpoint(), ok.value().note().signatures().getFirst()));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a cosignature unless the same one is already held. */
    public synchronized void add(WitnessCosignature cosignature) throws IOException {
        if (all.contains(cosignature)) {
            return;
        }
        String note = new SignedNote(cosignature.checkpoint().body(), List.of(cosignature.signature())).format();
        TextFiles.appendLine(file, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(note.getBytes(StandardCharsets.UTF_8)));
        all.add(cosignature);
    }

    public List<WitnessCosignature> all() {
        return List.copyOf(all);
    }

    public List<NoteSignature> on(Checkpoint checkpoint) {
        return all.stream().filter(c -> c.checkpoint().equals(checkpoint)).map(WitnessCosignature::signature).toList();
    }

    /** {@code checkpoint} with every cosignature gathered for it appended (the published form). */
    public SignedCheckpoint withCosignatures(SignedCheckpoint checkpoint) {
        SignedCheckpoint out = checkpoint;
        for (NoteSignature s : on(checkpoint.checkpoint())) {
            if (!out.note().signatures().contains(s)) {
                out = out.withCosignature(s);
            }
        }
        return out;
    }
}
