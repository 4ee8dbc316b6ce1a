package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.testing.SlowTest;

/** With a keystore the SPOC speaks HTTPS only, with the certificate it was given. */
@SlowTest
class TlsServerTest {
  private static final char[] PASSWORD = "test-keystore-password".toCharArray();

  @TempDir Path dir;

  @Test
  void withAKeystoreTheServerAnswersOverHttpsAndNotOverPlainHttp() throws Exception {
    Path keystore = selfSignedKeystore();
    try (SpocDatabase database =
            SpocDatabase.open(new StoreLocation.H2Folder(dir.resolve("data")));
        SpocServer server =
            new SpocServer(
                new JooqSpocStore(database.dsl()),
                Clock.systemUTC(),
                new Secrets(new SecureRandom()),
                new ServerSettings(
                    "127.0.0.1",
                    0,
                    Optional.of(new ServerSettings.Tls(keystore, PASSWORD)),
                    ServerSettings.Limits.protocol()))) {
      int port = server.start();
      OkHttpClient https = trusting(keystore).build();

      try (Response response =
          https
              .newCall(
                  new Request.Builder()
                      .url("https://localhost:" + port + Protocol.HEALTH_PATH)
                      .build())
              .execute()) {
        assertEquals(200, response.code());
        Health health =
            ExchangeFormat.newObjectMapper().readValue(response.body().bytes(), Health.class);
        assertTrue(health.matchesThisBuild());
      }

      OkHttpClient plain = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
      assertThrows(
          IOException.class,
          () -> {
            try (Response response =
                plain
                    .newCall(
                        new Request.Builder()
                            .url("http://127.0.0.1:" + port + Protocol.HEALTH_PATH)
                            .build())
                    .execute()) {
              if (response.code() != 200) {
                throw new IOException("refused with " + response.code());
              }
            }
          });
    }
  }

  @Test
  void serveRefusesAWrongOrMissingKeystorePasswordWithExitCodeThree() throws Exception {
    Path keystore = selfSignedKeystore();
    Path wrong = dir.resolve("wrong-password");
    Files.writeString(wrong, "not-the-password");
    String[] base = {
      "serve",
      "--port",
      "0",
      "--data-dir",
      dir.resolve("data").toString(),
      "--tls-keystore",
      keystore.toString()
    };

    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine withWrong =
        new picocli.CommandLine(new SpocCommand(Clock.systemUTC(), java.util.Map.of()));
    withWrong.setErr(new java.io.PrintWriter(err, true));
    String[] wrongArgs = java.util.Arrays.copyOf(base, base.length + 2);
    wrongArgs[base.length] = "--tls-password-file";
    wrongArgs[base.length + 1] = wrong.toString();
    assertEquals(3, withWrong.execute(wrongArgs));
    assertTrue(err.toString().contains("password is wrong"), err.toString());

    java.io.StringWriter err2 = new java.io.StringWriter();
    picocli.CommandLine withNone =
        new picocli.CommandLine(new SpocCommand(Clock.systemUTC(), java.util.Map.of()));
    withNone.setErr(new java.io.PrintWriter(err2, true));
    assertEquals(3, withNone.execute(base));
    assertTrue(err2.toString().contains("SPOC_TLS_PASSWORD"), err2.toString());
  }

  private Path selfSignedKeystore() throws Exception {
    Path keystore = dir.resolve("spoc.p12");
    Path passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, new String(PASSWORD));
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "spoc",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass:file",
                passwordFile.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, keytool.exitValue(), output);
    return keystore;
  }

  private static OkHttpClient.Builder trusting(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    X509TrustManager manager = (X509TrustManager) trust.getTrustManagers()[0];
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new javax.net.ssl.TrustManager[] {manager}, null);
    return new OkHttpClient.Builder()
        .sslSocketFactory(context.getSocketFactory(), manager)
        .callTimeout(20, TimeUnit.SECONDS);
  }
}
