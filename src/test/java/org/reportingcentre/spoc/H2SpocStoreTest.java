package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.testing.SlowTest;

/** The store contract on the embedded H2 file the SPOC uses by default. */
@SlowTest
class H2SpocStoreTest extends SpocStoreContract {
  @TempDir Path dataDir;
  private SpocDatabase database;

  @Override
  SpocStore store() {
    try {
      database = SpocDatabase.open(new StoreLocation.H2Folder(dataDir));
    } catch (SpocStoreException e) {
      throw new AssertionError(e);
    }
    return new JooqSpocStore(database.dsl());
  }

  @Test
  void aNewDataFolderAndItsPasswordFileAreForTheirOwnerOnly() throws Exception {
    Path folder = dataDir.resolve("new-spoc");
    try (SpocDatabase fresh = SpocDatabase.open(new StoreLocation.H2Folder(folder))) {
      assumeTrue(
          folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
          "only POSIX file systems have owner-only permissions");
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(folder.resolve(SpocDatabase.H2_SECRET_FILE))));
    }
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }
}
