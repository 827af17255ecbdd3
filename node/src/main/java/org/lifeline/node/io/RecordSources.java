// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.lifeline.node.io.csv.CsvRecordSource;
import org.lifeline.node.io.pfif.PfifRecordSource;
import org.lifeline.node.io.rdf.RdfRecordSource;

/** Picks the reader for an input file by its extension (.csv, .ttl, .jsonld/.json, .pfif.xml). */
public final class RecordSources {
    private RecordSources() {
    }

    public static RecordSource open(Path path, String nodeId) throws IOException {
        String label = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new UnreadableInputException(path.toString(), "no such file");
        }
        String name = label.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvRecordSource(path, label, nodeId);
        }
        if (name.endsWith(".ttl")) {
            return new RdfRecordSource(path, label, nodeId, Lang.TURTLE);
        }
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return new RdfRecordSource(path, label, nodeId, Lang.JSONLD);
        }
        if (name.endsWith(".pfif.xml") || name.endsWith(".pfif")) {
            return new PfifRecordSource(path, label, nodeId, Clock.systemUTC());
        }
        throw new UnreadableInputException(label, "unknown file type; use .csv, .ttl, .jsonld or .pfif.xml (docs/import.md)");
    }
}
