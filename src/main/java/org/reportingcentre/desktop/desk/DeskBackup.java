package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import org.reportingcentre.store.BackupManifest;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;

/** What the backup and restore screen asks of the store (slow: never on the UI thread). */
public interface DeskBackup {
  /** Writes a backup of the open store to a new file; audited. */
  BackupManifest backup(Path file) throws StoreException;

  /** Checks a backup file against the open store, changing nothing. */
  StoreBackup.Checked check(Path file, char[] password) throws StoreException;

  /** Called on the UI thread just before {@link #restore}: the app lets go of the open store. */
  default void beforeRestore() {}

  /** Closes the open store, then restores the backup into its folder; audited in the backup. */
  StoreBackup.Restored restore(Path file, char[] password) throws StoreException;
}
