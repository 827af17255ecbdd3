// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lifeline.consent.ConsentEngine;
import org.lifeline.consent.Disclosure;
import org.lifeline.consent.model.Concept;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Recipient;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.RecordViews;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.node.wiring.OfflineNode;
import org.lifeline.node.wiring.PolicyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Explains, field by field, what the consent engine would release of one record to a given recipient and purpose. */
@Command(name = "policy", description = "Inspect the consent policy.", subcommands = PolicyCommand.Explain.class)
final class PolicyCommand {
    private PolicyCommand() {
    }

    @Command(name = "explain", description = "What of a record would leave the node, and which rule decides each field.")
    static final class Explain implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        NodeFolder folder;
        @Option(names = "--record", required = true, description = "TYPE/ID, e.g. person/h-story-1")
        String record;
        @Option(names = "--as", required = true, description = "recipient role slug, e.g. consular-services")
        String role;
        @Option(names = "--purpose", required = true)
        String purpose;
        @Option(names = "--legal-basis", defaultValue = "consent")
        String legalBasis;
        @Option(names = "--recipient", defaultValue = "recipient", description = "recipient node id (agreements and consents name it)")
        String recipient;
        @Option(names = "--authority-of", description = "ISO code of a state the recipient is an authority of")
        List<String> authorityOf = List.of();
        @Option(names = "--agreement", defaultValue = "", description = "agreement IRI invoked")
        String agreement;
        @Option(names = "--crisis-level", defaultValue = "0", description = "alert level in force for the record's area (0-4)")
        int crisisLevel;

        @Override
        public Integer call() throws Exception {
            NodeSettings s = folder.settings();
            String[] parts = record.split("/", 2);
            RecordType type = RecordType.fromSlug(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("--record: type must be one of " + RecordType.slugs()));
            Recipient to = new Recipient(recipient, recipient, parse(RecipientRole.class, role, "--as"), Set.copyOf(authorityOf));
            Policy policy = PolicyFiles.load(s.policyDir());
            StoredRecord stored;
            try (OfflineNode node = OfflineNode.open(s)) {
                stored = node.store().get(new RecordRef(s.nodeId(), type, parts.length > 1 ? parts[1] : ""))
                        .orElseThrow(() -> new IllegalArgumentException("no record " + record + " on node " + s.nodeId()));
            }
            var view = RecordViews.of(stored);
            Disclosure d = ConsentEngine.standard().decide(policy.request(to, parse(Purpose.class, purpose, "--purpose"),
                    parse(LegalBasis.class, legalBasis, "--legal-basis"), agreement, CrisisLevel.of(crisisLevel),
                    Instant.now(), view.subject()), view);
            PrintWriter out = spec.commandLine().getOut();
            out.println("record " + record + " to " + recipient + " (" + role + ") for " + purpose + ": " + d.outcome());
            d.explain().forEach(line -> out.println("  " + line));
            return 0;
        }

        private static <E extends Enum<E> & Concept> E parse(Class<E> type, String value, String option) {
            return Concept.parse(type, value).orElseThrow(() -> new IllegalArgumentException(option + ": unknown term '"
                    + value + "'"));
        }
    }
}
