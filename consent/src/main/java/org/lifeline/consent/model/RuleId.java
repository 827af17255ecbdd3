// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/**
 * The closed catalogue of rules that can decide a field, with stable ids (for the exchange log, the UI and peers),
 * a one-line summary and the source in {@code shared/docs/guidelines-digest.md} (R-number, then seed file and lines).
 * Ids never change meaning; a new rule gets a new id.
 */
public enum RuleId {
    FIREWALL_ENFORCEMENT("firewall.no-record-level-to-enforcement",
            "immigration and law enforcement receive nothing at record level",
            "R32; 000 L1421-1422, 001 L826-827; digest §4 items 2 and 7"),
    FIREWALL_STATUS("firewall.status-never-leaves",
            "immigration, detention and protection status leave a node only in aggregates",
            "R32, R33; 004 L56-57, 003 L290, 004 L741-742"),
    FIREWALL_REFUGEE_ORIGIN("firewall.refugee-to-origin-state",
            "nothing about a refugee or asylum seeker goes to an authority of a country of their nationality",
            "R34 [design: extended to refugees]; 004 L533-534, 000 L1521-1524"),
    FIREWALL_ASYLUM_CONSULAR("firewall.asylum-seeker-to-consular",
            "nothing about an asylum seeker goes to consular officials",
            "R34; 004 L533-534"),
    FIREWALL_IDENTITY("firewall.identity-data-needs-purpose",
            "document numbers and exact addresses only for document replacement or consular assistance, under consent",
            "R32, R30; 000 L1421-1422, 003 L118, 000 L323-327, 000 L1353-1354"),
    FIREWALL_CHILD("firewall.child-only-to-tracing-and-consular",
            "data about children goes only to tracing and consular roles",
            "R23, R12 [design]; 000 L1461-1462, 000 L1398-1400, 000 L1394-1397"),

    AGREEMENT_MISSING("agreement.missing", "no sharing agreement was invoked",
            "R36; 000 L609-610, 000 L620-621"),
    AGREEMENT_NOT_IN_FORCE("agreement.not-in-force", "the agreement is expired or not yet valid",
            "R36, R18; 000 L613-615, 000 L1312"),
    AGREEMENT_PARTY("agreement.recipient-not-party", "the recipient is not a party to the agreement",
            "R36; 000 L609-610"),
    AGREEMENT_ROLE("agreement.role-not-covered", "the agreement does not cover the recipient's role",
            "R36, R10; 000 L537"),
    AGREEMENT_PURPOSE("agreement.purpose-not-covered", "the agreement does not cover the purpose",
            "R36, R10; 000 L537"),
    AGREEMENT_BASIS("agreement.basis-not-covered", "the agreement does not admit the claimed legal basis",
            "R36; 000 L613-615"),
    AGREEMENT_FIELD("agreement.field-not-covered", "the agreement does not cover this field",
            "R36, R10; 000 L537, 000 L621-622"),

    CONSENT_MISSING("consent.missing", "the subject has no consent in force at this time",
            "R30; 003 L118"),
    CONSENT_BROKEN("consent.history-broken", "the consent history's hash chain is broken",
            "R30, R48 [design]; 003 L118, 003 L501"),
    CONSENT_SUBJECT("consent.subject-mismatch", "the consent belongs to another subject",
            "R30; 003 L118"),
    CONSENT_WITHDRAWN("consent.withdrawn", "the subject withdrew consent",
            "R30; 003 L118"),
    CONSENT_EXPIRED("consent.expired", "the subject's consent expired",
            "R30; 003 L118"),
    CONSENT_PURPOSE("consent.purpose-not-covered", "the consent does not cover the purpose",
            "R30 [design: per purpose]; 003 L118"),
    CONSENT_RECIPIENT("consent.recipient-not-covered", "the consent does not cover this recipient or its role",
            "R30 [design: per recipient]; 003 L118"),
    CONSENT_FIELD("consent.field-not-covered", "the consent does not cover this field",
            "R30; 003 L118, 004 L21-22"),

    VITAL_INTEREST_PURPOSE("basis.vital-interest-purpose",
            "vital interest applies only to family tracing and evacuation",
            "R22, R23, R26 [design]; 001 L795-796, 000 L1552, 002 L294"),
    VITAL_INTEREST_LEVEL("basis.vital-interest-needs-level-3",
            "vital interest applies only while an alert of level 3 or 4 is in force for the area",
            "R17, R18 [design]; 002 L84, 000 L763-764"),

    AGGREGATE_ROLE("role.aggregate-only", "this role receives aggregates only",
            "R40; 004 L711-713"),
    AGGREGATE_IDENTIFIER("aggregate.identifier-not-a-dimension",
            "identifying fields never feed aggregates", "R40, R15; 004 L711-713, 004 L30"),
    GENERALISE_IMPOSSIBLE("generalise.not-possible",
            "the value cannot be generalised to the required level, so it is withheld", "R40; 004 L711-713"),

    RELEASE_CONSENT("release.consent", "released under the subject's consent and the agreement",
            "R30, R36; 003 L118, 000 L609-610"),
    RELEASE_AGREEMENT("release.agreement", "released under the agreement as a legal obligation between the parties",
            "R36; 000 L609-610"),
    RELEASE_VITAL_INTEREST("release.vital-interest", "released in the subject's vital interest during a crisis",
            "R17, R22, R23; 002 L84, 001 L795-796, 000 L1552"),
    GENERALISE_AGREEMENT("generalise.agreement", "the agreement allows this field only generalised",
            "R36, R40; 000 L621-622, 004 L711-713"),
    GENERALISE_AGGREGATE("generalise.aggregate", "aggregate dimensions are generalised",
            "R40, R15; 004 L711-713, 004 L30");

    private final String id;
    private final String summary;
    private final String source;

    RuleId(String id, String summary, String source) {
        this.id = id;
        this.summary = summary;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    /** Citation into the guidelines digest: R-numbers, then seed file and lines. */
    public String source() {
        return source;
    }
}
