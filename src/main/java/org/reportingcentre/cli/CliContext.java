package org.reportingcentre.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.reportingcentre.store.StoreOptions;

/**
 * What commands take from the world, injected so tests run them in-process with a scripted
 * environment and input.
 *
 * @param desktop starts the desktop app when no command is given
 */
public record CliContext(
    Map<String, String> env,
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    StoreOptions storeOptions,
    DesktopStarter desktop) {

  /** Starts the desktop application; the composition root supplies the real one. */
  @FunctionalInterface
  public interface DesktopStarter {
    int start(DesktopOptions options);
  }

  /** Options the desktop app takes at launch. */
  public record DesktopOptions(java.util.Optional<java.nio.file.Path> dataDir, boolean kiosk) {}
}
