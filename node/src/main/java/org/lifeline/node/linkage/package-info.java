// SPDX-License-Identifier: Apache-2.0
/**
 * Privacy-preserving record linkage for agreements that forbid plaintext names crossing a border: names become keyed
 * Bloom filters (cryptographic long-term keys, CLK style) compared by Dice coefficient, other identifying fields become
 * keyed tokens compared for equality, both under a key derived per agreement with HKDF. Scoring reuses the plaintext
 * weights, so a PPRL candidate is explained the same way. The threat model is in docs/matching.md.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.linkage;
