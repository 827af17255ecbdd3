// SPDX-License-Identifier: Apache-2.0
/**
 * Writes released aggregate tables for IOs: HXL-tagged CSV (Humanitarian Exchange Language hashtags, so the table
 * drops into HDX and HXL tools) with commons-csv, and JSON with Jackson's streaming generator. Exports see only
 * released or suppressed entries, never exact counts.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.aggregates.export;
