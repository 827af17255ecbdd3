// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/** Imports a file (from disk or an upload) into the node's store; shared by the CLI and the HTTP API. */
public final class ImportService {
    private final Importer importer;
    private final String nodeId;
    private final Optional<Duration> defaultRetention;

    public ImportService(Importer importer, String nodeId, Optional<Duration> defaultRetention) {
        this.importer = importer;
        this.nodeId = nodeId;
        this.defaultRetention = defaultRetention;
    }

    public ImportReport importFile(Path path, String operator, DoubleConsumer progress) throws IOException {
        try (RecordSource source = RecordSources.open(path, nodeId)) {
            return importer.run(source, path.getFileName().toString(), operator, defaultRetention, progress);
        }
    }

    /** Spools an upload to a temporary file named like the original (its extension picks the reader), then imports it. */
    public ImportReport importUpload(InputStream body, String fileName, String operator) throws IOException {
        String safeName = Path.of(fileName).getFileName().toString();
        Path dir = Files.createTempDirectory("lifeline-upload-");
        Path file = dir.resolve(safeName);
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return importFile(file, operator, p -> { });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
