package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.util.List;

/** Starts an operating-system process; injected so tests can see the command and its input. */
@FunctionalInterface
public interface ProcessLauncher {
  Process start(List<String> command) throws IOException;

  /** The real thing: no shell, the command as separate arguments, output discarded. */
  static ProcessLauncher system() {
    return command ->
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
  }
}
