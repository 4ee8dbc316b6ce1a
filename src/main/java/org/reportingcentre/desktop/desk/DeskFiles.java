package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the manager's desk reads and writes files: a save dialog and an open dialog in the app,
 * folders chosen by the test in tests. Empty when the person cancels.
 */
public interface DeskFiles {
  /** Asks where to write a new file, suggesting a name. */
  Optional<Path> saveAs(String suggestedName);

  /** Asks which file to read (a backup to restore). */
  Optional<Path> open();
}
