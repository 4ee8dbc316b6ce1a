package org.reportingcentre.spoc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes the SPOC's secrets (bearer tokens and one-time enrolment codes) and the hashes it keeps of
 * them. The secrets themselves are shown once and never stored.
 */
public final class Secrets {
  /** Enrolment codes use the reference alphabet: no characters that look or sound alike. */
  static final String CODE_ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ";

  static final String TOKEN_PREFIX = "rcs_";
  private static final int TOKEN_BYTES = 32;
  private static final int CODE_LENGTH = 12;

  private final SecureRandom random;

  public Secrets(SecureRandom random) {
    this.random = random;
  }

  /** A new bearer token: 256 random bits, URL-safe. */
  public String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A new enrolment code such as {@code K7QX-3M9A-TW4C}: about 57 random bits, easy to type. */
  public String newEnrolmentCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  /** A new receipt id for a stored report. */
  public String newReceiptId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return "rcpt-" + HexFormat.of().formatHex(bytes);
  }

  /** Enrolment codes are typed by people: case, spaces and dashes do not count. */
  public static String normaliseEnrolmentCode(String typed) {
    return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  /** Lower-case hex SHA-256 of the text: what the store keeps instead of a secret. */
  public static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Compares two hashes in time that does not depend on where they first differ. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
