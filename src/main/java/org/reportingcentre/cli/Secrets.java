package org.reportingcentre.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads passwords and keys without ever taking them from the command line, where {@code ps} would
 * show them: from a file, an environment variable, or a prompt (in that order).
 */
final class Secrets {
  private final CliContext context;
  private BufferedReader stdin;

  Secrets(CliContext context) {
    this.context = context;
  }

  /**
   * @param file a file whose first line is the secret, if the user named one
   * @param variable the environment variable to try next
   * @param prompt what to ask on the terminal
   */
  char[] read(Optional<Path> file, String variable, String prompt) {
    if (file.isPresent()) {
      try {
        String content = Files.readString(file.get(), StandardCharsets.UTF_8);
        int end = content.indexOf('\n');
        String line = end < 0 ? content : content.substring(0, end);
        return stripCarriageReturn(line).toCharArray();
      } catch (IOException e) {
        throw new CliFailure(ExitCode.INVALID_INPUT, "The file " + file.get() + " cannot be read.");
      }
    }
    String fromEnv = context.env().get(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    return prompt(prompt);
  }

  /** Asks twice for a new secret and insists both match, unless it came from a file or variable. */
  char[] readNew(Optional<Path> file, String variable, String prompt) {
    if (file.isPresent()
        || (context.env().get(variable) != null && !context.env().get(variable).isEmpty())) {
      return read(file, variable, prompt);
    }
    char[] first = prompt(prompt);
    char[] second = prompt("Type it again: ");
    if (!Arrays.equals(first, second)) {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
      throw new CliFailure(
          ExitCode.INVALID_INPUT, "The two passwords are not the same. Nothing was changed.");
    }
    Arrays.fill(second, '\0');
    return first;
  }

  private char[] prompt(String prompt) {
    Console console = context.in() == System.in ? System.console() : null;
    if (console != null) {
      char[] typed = console.readPassword("%s", prompt);
      if (typed == null) {
        throw new CliFailure(ExitCode.USAGE, "No password was given.");
      }
      return typed;
    }
    // No terminal (a script piping input): read one line from standard input.
    context.err().print(prompt);
    context.err().flush();
    try {
      if (stdin == null) {
        stdin = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
      }
      String line = stdin.readLine();
      if (line == null) {
        throw new CliFailure(
            ExitCode.USAGE,
            "No password was given. Type it at the prompt, or use --password-file or RC_PASSWORD.");
      }
      return stripCarriageReturn(line).toCharArray();
    } catch (IOException e) {
      throw new CliFailure(ExitCode.USAGE, "The password could not be read.");
    }
  }

  private static String stripCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
