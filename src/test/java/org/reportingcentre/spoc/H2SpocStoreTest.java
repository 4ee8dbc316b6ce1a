package org.reportingcentre.spoc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file the SPOC uses by default. */
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

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }
}
