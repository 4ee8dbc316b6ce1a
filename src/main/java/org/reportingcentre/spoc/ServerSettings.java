package org.reportingcentre.spoc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.reportingcentre.protocol.Protocol;

/**
 * How the SPOC server listens and what it accepts.
 *
 * @param host the address to listen on; loopback unless told otherwise
 * @param port 0 for any free port (tests)
 * @param tls HTTPS with this keystore; plain HTTP when empty (for loopback or behind a proxy)
 */
public record ServerSettings(String host, int port, Optional<Tls> tls, Limits limits) {
  public static final int DEFAULT_PORT = 8470;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    tls = tls == null ? Optional.empty() : tls;
    Objects.requireNonNull(limits, "limits");
  }

  /** Plain HTTP on loopback with the protocol's limits: what the tests use. */
  public static ServerSettings loopback(int port) {
    return new ServerSettings("127.0.0.1", port, Optional.empty(), Limits.protocol());
  }

  /** A PKCS#12 (or JKS) keystore and its password; the password is never printed. */
  public record Tls(Path keystore, char[] password) {
    public Tls {
      Objects.requireNonNull(keystore, "keystore");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Tls[" + keystore + "]";
    }
  }

  /** The batch limits; {@link #protocol()} gives the documented ones. */
  public record Limits(int maxReportsPerBatch, long maxRequestBytes, long maxJsonBytes) {
    public static Limits protocol() {
      return new Limits(
          Protocol.MAX_REPORTS_PER_BATCH, Protocol.MAX_REQUEST_BYTES, Protocol.MAX_JSON_BYTES);
    }
  }
}
