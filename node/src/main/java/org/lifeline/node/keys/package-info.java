// SPDX-License-Identifier: Apache-2.0
/**
 * A node's identity: its Ed25519 key pair (generated with Bouncy Castle), its self-signed X.509 certificate, the PEM
 * files they live in (private key 0600), key rotation, the JOSE signer/verifier for {@code EdDSA} backed by Bouncy
 * Castle, and the mTLS contexts that pin peers by certificate fingerprint. Nothing here knows the trust list type:
 * callers pass the fingerprints or keys it names, so {@code federation} can depend on this package and not the reverse.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.keys;
