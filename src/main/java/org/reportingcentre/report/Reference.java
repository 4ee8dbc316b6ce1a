package org.reportingcentre.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A human reference such as {@code TWL-2223KC}: the centre code, a dash, the sequence in five
 * characters and a check character. The alphabet leaves out characters that look or sound alike
 * (0/O, 1/I/L, U/V, 5/S), so a reference can be read aloud or copied by hand without mistakes, and
 * the check character catches any single wrong character or swapped neighbours.
 */
public record Reference(String centreCode, long sequence) {
  /** The characters used after the dash. */
  public static final String ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ";

  private static final int BASE = ALPHABET.length();
  private static final int DIGITS = 5;
  private static final long MAX_SEQUENCE = (long) Math.pow(BASE, DIGITS) - 1;
  private static final int[] CHECK_WEIGHTS = {1, 2, 4, 5, 7};
  private static final Pattern CENTRE_CODE = Pattern.compile("[A-Z]{2,6}");

  public Reference {
    Objects.requireNonNull(centreCode, "centreCode");
    if (!isValidCentreCode(centreCode)) {
      throw new IllegalArgumentException("A centre code is 2 to 6 capital letters, like TWL.");
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "The reference sequence must be from 1 to " + MAX_SEQUENCE);
    }
  }

  public static boolean isValidCentreCode(String code) {
    return code != null && CENTRE_CODE.matcher(code).matches();
  }

  /** Reads a reference typed by a person: case and spaces do not matter, the check must hold. */
  public static Reference parse(String text) {
    String clean =
        text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    int dash = clean.indexOf('-');
    if (dash < 0 || clean.length() - dash - 1 != DIGITS + 1) {
      throw new IllegalArgumentException(
          "A reference looks like TWL-2223KC: letters, a dash, then six characters.");
    }
    String centre = clean.substring(0, dash);
    String body = clean.substring(dash + 1);
    long value = 0;
    for (int i = 0; i < DIGITS; i++) {
      int digit = ALPHABET.indexOf(body.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException(
            "A reference never contains the character '" + body.charAt(i) + "'. Check it again.");
      }
      value = value * BASE + digit;
    }
    if (checkCharacter(body.substring(0, DIGITS)) != body.charAt(DIGITS)) {
      throw new IllegalArgumentException(
          "That reference is not right: one character may be wrong. Check it again.");
    }
    return new Reference(centre, value);
  }

  @Override
  public String toString() {
    char[] digits = new char[DIGITS];
    long rest = sequence;
    for (int i = DIGITS - 1; i >= 0; i--) {
      digits[i] = ALPHABET.charAt((int) (rest % BASE));
      rest /= BASE;
    }
    String body = new String(digits);
    return centreCode + "-" + body + checkCharacter(body);
  }

  /**
   * Weighted sum modulo the base (27). Every weight and every difference of neighbouring weights is
   * coprime with 27, so one wrong character or two swapped neighbours always change the check.
   */
  private static char checkCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += CHECK_WEIGHTS[i] * ALPHABET.indexOf(body.charAt(i));
    }
    return ALPHABET.charAt(sum % BASE);
  }
}
