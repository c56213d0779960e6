/**
 * Rights notices as data: {@link dev.byline.core.rights.RightsNotices} reads the free text of a
 * copyright or rights line ("Copyright 2023 Nexstar Media Inc. All rights reserved. This material
 * may not be published, broadcast, rewritten, or redistributed.") into a
 * {@link dev.byline.RightsNotice} — holder, years, "all rights reserved", the uses it forbids, a
 * Creative Commons licence — and says in a {@link dev.byline.core.rights.RightsReading} which parts it
 * understood and which it did not; {@link dev.byline.core.rights.OdrlPolicies} writes a notice as a
 * W3C ODRL 2.2 policy (IPTC ninjs {@code rightsInfo.encodedRights}).
 *
 * <p>The answer a machine needs — may I republish, quote, broadcast this? — is
 * {@link dev.byline.RightsNotice#permission(dev.byline.Use)}.
 */
package dev.byline.core.rights;
