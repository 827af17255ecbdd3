// SPDX-License-Identifier: Apache-2.0
/**
 * People Finder Interchange Format 1.4 (https://zesty.ca/pfif/1.4/) import and export: PFIF person records become
 * person reports, PFIF notes become reports about the same person carrying the note's status. Every PFIF field is
 * either mapped to the vocabulary or reported as unmapped; unknown elements are reported too, never silently dropped.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.io.pfif;
