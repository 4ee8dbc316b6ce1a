package org.reportingcentre.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
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
}
