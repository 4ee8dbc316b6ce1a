package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.testing.SlowTest;

/**
 * Someone with the data key changes the audit table behind the application's back, with a plain H2
 * connection; verification must notice and name the row.
 */
@SlowTest
class AuditTamperTest {
  @TempDir Path folder;

  @BeforeEach
  void writeFiveEntries() throws Exception {
    try (CentreStore store = StoreFixtures.create(folder).store()) {
      for (int i = 0; i < 4; i++) {
        store.audit().append("amira", AuditAction.VIEW, "TWL-2222" + i, "");
      }
      assertEquals(5, store.audit().entries().size());
      assertTrue(store.audit().verify().intact());
    }
  }

  private void tamper(String sql) throws Exception {
    try (Connection c = plainConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** Opens the database directly, as someone who has the data key would. */
  private Connection plainConnection() throws Exception {
    byte[] dataKey =
        KeyRing.load(folder.resolve(KeyRing.FILE_NAME), new SecureRandom(), KeyRing.MIN_ITERATIONS)
            .unlock(StoreFixtures.MANAGER, StoreFixtures.MANAGER_PASSWORD.clone());
    return DriverManager.getConnection(
        CentreStore.jdbcUrl(folder), "RC", CentreStore.jdbcPassword(dataKey));
  }

  private AuditVerification verify() throws Exception {
    try (CentreStore store =
        CentreStore.open(
            folder,
            StoreFixtures.MANAGER,
            StoreFixtures.MANAGER_PASSWORD.clone(),
            StoreFixtures.options())) {
      return store.audit().verify();
    }
  }

  @Test
  void aChangedRowIsNamed() throws Exception {
    tamper("UPDATE audit_entry SET actor = 'ben' WHERE seq = 3");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(1, result.problems().size(), result.problems().toString());
    assertTrue(
        result.problems().get(0).contains("entry 3 has been changed"),
        result.problems().toString());
  }

  @Test
  void aRemovedRowInTheMiddleIsNamed() throws Exception {
    tamper("DELETE FROM audit_entry WHERE seq = 2");
    AuditVerification result = verify();
    assertTrue(
        result.problems().get(0).contains("entry 2 is missing"), result.problems().toString());
  }

  @Test
  void removedRowsAtTheEndAreNamed() throws Exception {
    tamper("DELETE FROM audit_entry WHERE seq >= 4");
    AuditVerification result = verify();
    assertTrue(
        result.problems().get(0).contains("entries 4 to 5 are missing"),
        result.problems().toString());
  }
}
