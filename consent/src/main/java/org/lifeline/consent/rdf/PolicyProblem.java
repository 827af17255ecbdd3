// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

/**
 * One fault in a policy file: the file, the term at fault (a subject IRI, optionally with the property) and what is
 * wrong with it.
 */
public record PolicyProblem(String file, String term, String message) {
    @Override
    public String toString() {
        return file + ": " + term + ": " + message;
    }
}
