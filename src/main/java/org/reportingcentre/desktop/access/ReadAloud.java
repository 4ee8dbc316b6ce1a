package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads text aloud through the operating system's speech program, one thing at a time: a new
 * request, a page change, a mode change or a reset stops whatever is being read.
 */
public final class ReadAloud {
  private final Optional<SpeechEngine> engine;
  private final ProcessLauncher launcher;
  private final Executor background;
  private final Consumer<Exception> failed;
  private Process speaking;

  /**
   * @param engine the speech program, or empty when none is installed
   * @param background where the text is written to the program (it may block for long texts)
   * @param failed told when the program cannot be started, on the background thread
   */
  public ReadAloud(
      Optional<SpeechEngine> engine,
      ProcessLauncher launcher,
      Executor background,
      Consumer<Exception> failed) {
    this.engine = engine;
    this.launcher = launcher;
    this.background = background;
    this.failed = failed;
  }

  public boolean available() {
    return engine.isPresent();
  }

  /** The engine in use, for the "why not" message and the tests. */
  public Optional<SpeechEngine> engine() {
    return engine;
  }

  /** Stops anything being read, then reads the text in the language's voice. */
  public synchronized void speak(String text, Locale language) {
    stop();
    if (engine.isEmpty() || text.isBlank()) {
      return;
    }
    Process process;
    try {
      process = launcher.start(engine.get().command(language));
    } catch (IOException e) {
      failed.accept(e);
      return;
    }
    speaking = process;
    background.execute(
        () -> {
          try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            // The process was stopped while it was still being given the text.
            if (process.isAlive()) {
              failed.accept(e);
            }
          }
        });
  }

  /** Stops reading at once. */
  public synchronized void stop() {
    if (speaking != null) {
      speaking.destroy();
      speaking = null;
    }
  }

  public synchronized boolean speaking() {
    return speaking != null && speaking.isAlive();
  }
}
