/**
 * Persistence only: the encrypted H2 store, its keyring and users ({@link
 * org.reportingcentre.store.UserAdmin}), its seal, Flyway migrations and backups of its files
 * ({@link org.reportingcentre.store.StoreBackup}), with the jOOQ repositories behind interfaces
 * named by role and the {@link org.reportingcentre.store.UnitOfWork} that binds them to one
 * transaction.
 *
 * <p>It uses the domain ({@code report}) and the exchange format ({@code protocol}), never the
 * centre's services that build on it ({@code centre}).
 */
package org.reportingcentre.store;
