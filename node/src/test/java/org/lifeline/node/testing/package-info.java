// SPDX-License-Identifier: Apache-2.0
/** Test fixtures shared across node packages: deterministic identities and a clock tests move by hand. */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.testing;
