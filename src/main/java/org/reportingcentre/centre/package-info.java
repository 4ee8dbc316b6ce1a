/**
 * The centre's application services: reports, drafts, the kiosk session, the manager's report desk,
 * sync state, referrals and statistics data, with who may do what and the audit of it.
 *
 * <p>They work over the store's repository interfaces and unit of work only, never jOOQ or the
 * store's tables; {@link org.reportingcentre.centre.CentreServices} builds them on an open store.
 */
package org.reportingcentre.centre;
