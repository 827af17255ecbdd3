// SPDX-License-Identifier: Apache-2.0
/**
 * Where things are, as alerts, evacuation offers and registrations name it: ISO 3166-1 country codes and ISO 3166-2
 * subdivision (admin-1) codes, and WGS 84 points for polygons. Pure values, no IO; a country-wide code covers every
 * subdivision of that country, never the other way round.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.place;
