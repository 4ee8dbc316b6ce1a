package org.reportingcentre.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.reportingcentre.desktop.app.DesktopLauncher;
import org.reportingcentre.store.FileUnlockThrottle;
import org.reportingcentre.store.StoreOptions;

/**
 * The entry point of {@code reporting-centre.jar}: a command runs the command line; no command
 * opens the desktop app. It is not a JavaFX {@code Application}, so the jar starts with JavaFX on
 * the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Optional<DesktopStart> desktop = DesktopStart.parse(args);
    if (desktop.isPresent()) {
      // The desktop's own arguments, read without building the command line: that costs about
      // 0.4 s of start-up (picocli's command tree and logging) before the first window.
      System.exit(DesktopLauncher.launch(desktop.get().dataDir(), desktop.get().kiosk()));
    }
    Charset charset = Charset.defaultCharset();
    CliContext context =
        new CliContext(
            System.getenv(),
            System.in,
            new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
            new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true),
            StoreOptions.defaults(new FileUnlockThrottle(FileUnlockThrottle.defaultFolder())),
            options -> DesktopLauncher.launch(options.dataDir(), options.kiosk()));
    System.exit(CommandLineApp.run(context, args));
  }

  /**
   * The plain ways to open the desktop app: no arguments, {@code --kiosk}, {@code --data-dir DIR}
   * (or {@code --data-dir=DIR}), in any order. Anything else goes to the full command line, which
   * also explains mistakes.
   */
  record DesktopStart(Optional<Path> dataDir, boolean kiosk) {
    static Optional<DesktopStart> parse(String[] args) {
      Optional<Path> dataDir = Optional.empty();
      boolean kiosk = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--kiosk") && !kiosk) {
          kiosk = true;
        } else if (arg.equals("--data-dir") && dataDir.isEmpty() && i + 1 < args.length) {
          dataDir = Optional.of(Path.of(args[++i]));
        } else if (arg.startsWith("--data-dir=") && dataDir.isEmpty() && arg.length() > 11) {
          dataDir = Optional.of(Path.of(arg.substring(11)));
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(new DesktopStart(dataDir, kiosk));
    }
  }
}
