package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reportingcentre.testing.SlowTest;

/**
 * The store contract on a real PostgreSQL server, found through {@code RC_TEST_POSTGRES_URL} (see
 * {@code .ci/start-postgres.sh}). Each test gets its own schema, dropped afterwards. With no server
 * these tests are skipped with a message saying so; with {@code RC_REQUIRE_POSTGRES=true} (CI) they
 * fail instead, so a broken database cannot pass unnoticed.
 */
@SlowTest
class PostgresSpocStoreTest extends SpocStoreContract {
  static final String URL_VARIABLE = "RC_TEST_POSTGRES_URL";

  private String schema;
  private SpocDatabase database;

  /** The test database's URL, or the test is skipped (or failed, in CI) with the reason. */
  static String postgresUrlOrSkip() {
    String url = System.getenv(URL_VARIABLE);
    boolean required = "true".equalsIgnoreCase(System.getenv("RC_REQUIRE_POSTGRES"));
    String problem = null;
    if (url == null || url.isBlank()) {
      problem =
          "PostgreSQL tests skipped: "
              + URL_VARIABLE
              + " is not set. Run .ci/start-postgres.sh and load the file it prints.";
    } else {
      try (Connection c = DriverManager.getConnection(url)) {
        c.isValid(3);
      } catch (SQLException e) {
        problem =
            "PostgreSQL tests skipped: no server answers at "
                + StoreLocation.redacted(url)
                + " ("
                + e.getMessage()
                + ").";
      }
    }
    if (problem != null) {
      if (required) {
        fail(problem + " RC_REQUIRE_POSTGRES is true, so this is a failure.");
      }
      System.err.println(problem);
      assumeTrue(false, problem);
    }
    return url;
  }

  /** Per test rather than per class, so that the report counts every skipped test. */
  @BeforeEach
  void needsPostgres() {
    postgresUrlOrSkip();
  }

  @Override
  SpocStore store() {
    String url = postgresUrlOrSkip();
    schema = "spoc_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      database =
          SpocDatabase.open(
              new StoreLocation.Jdbc(
                  url + "&currentSchema=" + schema, Optional.empty(), Optional.empty()));
    } catch (SQLException | SpocStoreException e) {
      throw new AssertionError(e);
    }
    return new JooqSpocStore(database.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (database != null) {
      database.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(System.getenv(URL_VARIABLE));
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
