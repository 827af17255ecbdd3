// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

/**
 * Terms of the Lifeline vocabulary ({@code lifeline.ttl}) as IRI strings, one constant per term, like Jena's
 * {@code SHACL} class. Where schema.org, PROV-O, DPV or ODRL already name a thing, the ontology declares the
 * Lifeline term as a sub-property/sub-class of it (or the shapes use the external term directly, see {@link Namespaces}).
 */
public final class LL {
    public static final String NS = "https://w3id.org/lifeline/ns#";

    private LL() {
    }

    private static String term(String localName) {
        return NS + localName;
    }

    // ---- classes: records a node stores (one named graph each) ----
    public static final String Person = term("Person");
    public static final String PersonReport = term("PersonReport");
    public static final String ConsularRegistration = term("ConsularRegistration");
    public static final String EvacuationRequest = term("EvacuationRequest");
    public static final String EvacuationOffer = term("EvacuationOffer");
    public static final String CrisisAlert = term("CrisisAlert");
    public static final String ConsentRecord = term("ConsentRecord");
    public static final String SharingAgreement = term("SharingAgreement");
    public static final String Organisation = term("Organisation");
    public static final String Node = term("Node");
    // ---- classes: parts of records ----
    public static final String Place = term("Place");
    public static final String IdentityDocument = term("IdentityDocument");
    public static final String Contact = term("Contact");

    // ---- person (the field names the consent engine sees are these local names) ----
    public static final String givenName = term("givenName");
    public static final String familyName = term("familyName");
    /** A full name as written in another script or spelling; language tag carries the script, e.g. "ru-Cyrl". */
    public static final String nameVariant = term("nameVariant");
    public static final String sex = term("sex");
    /** xsd:date, xsd:gYearMonth or xsd:gYear: partial dates are normal for missing persons. */
    public static final String birthDate = term("birthDate");
    /** ISO 3166-1 alpha-2 code; repeatable (dual nationality, R7). */
    public static final String nationality = term("nationality");
    /** BCP 47 language code; repeatable (R47). */
    public static final String language = term("language");
    public static final String telephone = term("telephone");
    public static final String email = term("email");
    /** Exact street address: firewall rule 4 (identity data only where the purpose needs it). */
    public static final String address = term("address");
    public static final String placeOfStay = term("placeOfStay");
    public static final String identityDocument = term("identityDocument");
    public static final String documentType = term("documentType");
    public static final String documentNumber = term("documentNumber");
    public static final String issuingCountry = term("issuingCountry");
    /** lost, left-behind, confiscated, never-had, held (R41). */
    public static final String documentStatus = term("documentStatus");
    /** Never leaves a node at record level (firewall rule 2). */
    public static final String immigrationStatus = term("immigrationStatus");
    /** Never leaves a node at record level (firewall rule 2). */
    public static final String detentionStatus = term("detentionStatus");
    /** refugee, asylum-seeker, stateless, temporary-protection, ...: firewall rules 2 and 3. */
    public static final String protectionStatus = term("protectionStatus");
    /** Open vocabulary of needs (R16): child-unaccompanied, medical, disability, ... */
    public static final String specialNeed = term("specialNeed");
    /** Channel the record came from (R6): self-registration, consular-transaction, shelter, employer, ... */
    public static final String sourceChannel = term("sourceChannel");

    // ---- place ----
    public static final String locality = term("locality");
    /** ISO 3166-2 subdivision code, e.g. "HT-OU". */
    public static final String admin1 = term("admin1");
    public static final String country = term("country");
    public static final String latitude = term("latitude");
    public static final String longitude = term("longitude");

    // ---- person report (missing / sought / found / deceased) ----
    public static final String about = term("about");
    public static final String reportStatus = term("reportStatus");
    public static final String reportedBy = term("reportedBy");
    public static final String lastKnownPlace = term("lastKnownPlace");
    public static final String lastSeen = term("lastSeen");
    public static final String reportedOn = term("reportedOn");

    // ---- consular registration of a national abroad ----
    public static final String registrant = term("registrant");
    public static final String emergencyContact = term("emergencyContact");
    public static final String dependant = term("dependant");
    public static final String registeredOn = term("registeredOn");
    public static final String deregisteredOn = term("deregisteredOn");
    public static final String registrationStatus = term("registrationStatus");
    /** voluntary, advised, mandatory (R3). */
    public static final String registrationBasis = term("registrationBasis");
    public static final String stayFrom = term("stayFrom");
    public static final String stayUntil = term("stayUntil");
    public static final String contactName = term("contactName");
    public static final String relationship = term("relationship");

    // ---- evacuation ----
    public static final String requestedBy = term("requestedBy");
    public static final String partySize = term("partySize");
    public static final String ageBand = term("ageBand");
    public static final String location = term("location");
    public static final String provider = term("provider");
    public static final String providerKind = term("providerKind");
    public static final String transportMode = term("transportMode");
    public static final String departurePlace = term("departurePlace");
    public static final String destinationPlace = term("destinationPlace");
    public static final String windowStart = term("windowStart");
    public static final String windowEnd = term("windowEnd");
    public static final String capacity = term("capacity");
    /** any-nationality, own-nationals, listed-countries. */
    public static final String eligibility = term("eligibility");
    public static final String eligibleNationality = term("eligibleNationality");
    public static final String cost = term("cost");

    // ---- crisis alert ----
    /** 1 precautionary, 2 restriction of movement, 3 voluntary repatriation/relocation, 4 evacuation (R17). */
    public static final String alertLevel = term("alertLevel");
    public static final String area = term("area");
    public static final String reason = term("reason");
    public static final String issued = term("issued");
    public static final String expires = term("expires");
    public static final String issuer = term("issuer");
    public static final String supersedes = term("supersedes");

    // ---- consent records and sharing agreements (aligned with DPV / ODRL in the ontology) ----
    public static final String dataSubject = term("dataSubject");
    public static final String purpose = term("purpose");
    public static final String recipientRole = term("recipientRole");
    public static final String recipient = term("recipient");
    public static final String field = term("field");
    public static final String generalisedField = term("generalisedField");
    public static final String given = term("given");
    public static final String withdrawn = term("withdrawn");
    public static final String version = term("version");
    public static final String previousVersionHash = term("previousVersionHash");
    public static final String party = term("party");
    public static final String agreementKind = term("agreementKind");
    public static final String validFrom = term("validFrom");
    public static final String validUntil = term("validUntil");
    public static final String legalBasis = term("legalBasis");

    // ---- organisations and nodes ----
    /** Display name of an organisation or node; persons use givenName/familyName/nameVariant. */
    public static final String name = term("name");
    public static final String nodeId = term("nodeId");
    public static final String operatedBy = term("operatedBy");
    public static final String organisationKind = term("organisationKind");
    public static final String memberRole = term("memberRole");
    public static final String endpoint = term("endpoint");

    // ---- record metadata (provenance and retention; kept in the record's graph) ----
    /** Stable record id within its node; the record IRI is https://{node}/id/{type}/{recordId}. */
    public static final String recordId = term("recordId");
    public static final String sourceNode = term("sourceNode");
    public static final String importedFrom = term("importedFrom");
    public static final String sourceLine = term("sourceLine");
    public static final String expiresOn = term("expiresOn");
    public static final String contentHash = term("contentHash");
}
