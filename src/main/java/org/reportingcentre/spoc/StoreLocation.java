package org.reportingcentre.spoc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the SPOC keeps its data: an embedded H2 file in a folder, or a database by JDBC URL. */
public sealed interface StoreLocation {
  /**
   * An H2 file in {@code dataDir}, opened with {@code AUTO_SERVER=TRUE} so that admin commands in
   * another process can reach it while the server runs (see docs/adr/0104).
   */
  record H2Folder(Path dataDir) implements StoreLocation {
    public H2Folder {
      Objects.requireNonNull(dataDir, "dataDir");
      dataDir = dataDir.toAbsolutePath().normalize();
    }
  }

  /**
   * A database by JDBC URL: {@code jdbc:postgresql://…} or {@code jdbc:h2:…}.
   *
   * @param user empty to take it from the URL
   * @param password empty to take it from the URL; never from a command line
   */
  record Jdbc(String url, Optional<String> user, Optional<String> password)
      implements StoreLocation {
    public Jdbc {
      Objects.requireNonNull(url, "url");
      user = user == null ? Optional.empty() : user;
      password = password == null ? Optional.empty() : password;
    }

    @Override
    public String toString() {
      return "Jdbc[" + redacted(url) + "]";
    }
  }

  /** The URL with any password in it replaced, safe to print or log. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
