package org.reportingcentre.spoc;

import static org.reportingcentre.spoc.SpocCommand.CREDENTIAL;
import static org.reportingcentre.spoc.SpocCommand.DONE;
import static org.reportingcentre.spoc.SpocCommand.INVALID_INPUT;
import static org.reportingcentre.spoc.SpocCommand.TLS_PASSWORD_ENV;
import static org.reportingcentre.spoc.SpocCommand.USAGE;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code spoc serve}: the server, over HTTP on loopback or HTTPS with a keystore. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the SPOC server until stopped (Ctrl+C or SIGTERM).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand SpocCommand parent;
  @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

  @Option(
      names = "--port",
      defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Use 0.0.0.0 only with"
              + " --tls-keystore or behind a TLS proxy.")
  String host;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "Serve HTTPS with this PKCS#12 keystore. Its password comes from"
              + " --tls-password-file, $SPOC_TLS_PASSWORD, or a prompt.")
  Path tlsKeystore;

  @Option(names = "--tls-password-file", paramLabel = "FILE")
  Path tlsPasswordFile;

  @Override
  public Integer call() {
    PrintWriter err = parent.spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("The port must be from 0 to 65535.");
      return USAGE;
    }
    Optional<ServerSettings.Tls> tls = Optional.empty();
    if (tlsKeystore != null) {
      Optional<char[]> password = tlsPassword(err);
      if (password.isEmpty()) {
        return CREDENTIAL;
      }
      String problem = checkKeystore(tlsKeystore, password.get());
      if (problem != null) {
        err.println(problem);
        err.flush();
        return problem.contains("password") ? CREDENTIAL : INVALID_INPUT;
      }
      tls = Optional.of(new ServerSettings.Tls(tlsKeystore, password.get()));
    }
    ServerSettings settings = new ServerSettings(host, port, tls, ServerSettings.Limits.protocol());
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On Ctrl+C or SIGTERM: ask the server to stop, then hold the JVM until the database is
    // closed cleanly, so a stop never cuts a transaction short.
    Thread hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "spoc-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return parent.withStore(
          store,
          (spocStore, admin, out) -> {
            SpocServer server =
                new SpocServer(spocStore, parent.clock, new Secrets(new SecureRandom()), settings);
            try {
              int actual = server.start();
              out.println(
                  "SPOC listening on "
                      + (settings.tls().isPresent() ? "https" : "http")
                      + "://"
                      + host
                      + ":"
                      + actual
                      + " with "
                      + store.location(parent.environment));
              out.flush();
              stopRequested.await();
            } finally {
              server.close();
            }
            return DONE;
          });
    } finally {
      closed.countDown();
    }
  }

  private Optional<char[]> tlsPassword(PrintWriter err) {
    try {
      if (tlsPasswordFile != null) {
        return Optional.of(
            Files.readString(tlsPasswordFile, StandardCharsets.UTF_8).strip().toCharArray());
      }
    } catch (IOException e) {
      err.println("The TLS password file cannot be read: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
    String fromEnvironment = parent.environment.get(TLS_PASSWORD_ENV);
    if (fromEnvironment != null) {
      return Optional.of(fromEnvironment.toCharArray());
    }
    Console console = System.console();
    if (console == null) {
      err.println(
          "The keystore needs its password: give --tls-password-file or set "
              + TLS_PASSWORD_ENV
              + ".");
      err.flush();
      return Optional.empty();
    }
    return Optional.ofNullable(console.readPassword("Keystore password: "));
  }

  private static String checkKeystore(Path keystore, char[] password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore.getInstance(keystore.toString().endsWith(".jks") ? "JKS" : "PKCS12")
          .load(in, password);
      return null;
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException
          || String.valueOf(e.getMessage()).contains("password")) {
        return "The keystore password is wrong.";
      }
      return "The keystore " + keystore + " cannot be read: " + e.getMessage();
    } catch (GeneralSecurityException e) {
      return "The keystore " + keystore + " cannot be used: " + e.getMessage();
    }
  }
}
