package org.reportingcentre.desktop.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An operating system's speech program. Every engine reads the text from standard input, so nothing
 * a person typed ever appears in a process list or a shell.
 */
public record SpeechEngine(String program, List<String> arguments, Set<String> voices) {
  /** Languages the engines here are known to have voices for; others are read in English. */
  private static final Set<String> ESPEAK_VOICES = Set.of("en", "pl", "ur", "cy", "ar");

  /** espeak-ng (Linux): {@code espeak-ng --stdin -v <language>}, plus any extra arguments. */
  public static SpeechEngine espeak(String... extra) {
    return new SpeechEngine("espeak-ng", List.of(extra), ESPEAK_VOICES);
  }

  /** SAPI through PowerShell (Windows): the script reads the whole of standard input. */
  public static SpeechEngine sapi() {
    return new SpeechEngine("powershell", List.of(), Set.of("en", "pl"));
  }

  /** {@code say -f -} (macOS). */
  public static SpeechEngine say() {
    return new SpeechEngine("say", List.of(), Set.of("en"));
  }

  /** The voice to use for a screen language: its own where there is one, else English. */
  public String voice(Locale locale) {
    String language = Wording.language(locale);
    return voices.contains(language) ? language : "en";
  }

  /** The command to run; the text itself goes to the process's standard input. */
  public List<String> command(Locale locale) {
    List<String> command = new ArrayList<>();
    command.add(program);
    switch (program) {
      case "espeak-ng" -> command.addAll(List.of("--stdin", "-v", voice(locale)));
      case "powershell" -> {
        command.addAll(List.of("-NoProfile", "-NonInteractive", "-Command"));
        command.add(
            "Add-Type -AssemblyName System.Speech;"
                + " $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
                + " try { $s.SelectVoiceByHints(0, 0, 0, [Globalization.CultureInfo]'"
                + voice(locale)
                + "') } catch {};"
                + " [Console]::InputEncoding = [Text.Encoding]::UTF8;"
                + " $s.Speak([Console]::In.ReadToEnd())");
      }
      case "say" -> command.addAll(List.of("-f", "-"));
      default -> {}
    }
    command.addAll(arguments);
    return command;
  }

  /** The engine for this operating system, if its program is installed. */
  public static Optional<SpeechEngine> find(String osName, Predicate<String> installed) {
    String os = osName.toLowerCase(Locale.ROOT);
    SpeechEngine engine = os.contains("win") ? sapi() : os.contains("mac") ? say() : espeak();
    return installed.test(engine.program) ? Optional.of(engine) : Optional.empty();
  }

  /** Whether a program is on the PATH (Windows: with .exe). */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir);
      if (Files.isExecutable(p.resolve(program))
          || Files.isExecutable(p.resolve(program + ".exe"))) {
        return true;
      }
    }
    return false;
  }
}
