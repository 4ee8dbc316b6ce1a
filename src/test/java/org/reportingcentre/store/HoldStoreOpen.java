package org.reportingcentre.store;

import java.nio.file.Path;

/**
 * Run as a separate process by tests: opens the store (password from {@code RC_PASSWORD}), prints
 * "open", and holds it open until its standard input closes.
 */
public final class HoldStoreOpen {
  private HoldStoreOpen() {}

  public static void main(String[] args) throws Exception {
    char[] password = System.getenv("RC_PASSWORD").toCharArray();
    try (CentreStore store =
        CentreStore.open(
            Path.of(args[0]),
            args[1],
            password,
            StoreOptions.defaults(UnlockThrottle.inMemory()))) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Hold the store open until the test closes our input.
      }
    }
  }
}
