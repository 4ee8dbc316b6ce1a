package org.reportingcentre.store;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The recovery key: 160 random bits shown once at set-up as eight groups of four characters, to be
 * printed and locked away. It unlocks the store when every password is lost. The alphabet has no
 * look-alike characters, so it can be typed back from paper.
 */
public final class RecoveryKey {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // 30 symbols
  private static final int GROUPS = 8;
  private static final int GROUP_SIZE = 4;

  private final char[] symbols;

  private RecoveryKey(char[] symbols) {
    this.symbols = symbols;
  }

  /** A new random key: 32 symbols of an alphabet of 30, about 157 bits. */
  public static RecoveryKey generate(SecureRandom random) {
    char[] symbols = new char[GROUPS * GROUP_SIZE];
    for (int i = 0; i < symbols.length; i++) {
      symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new RecoveryKey(symbols);
  }

  /** Reads a key typed by a person: case, spaces and dashes do not matter. */
  public static RecoveryKey parse(String typed) throws StoreException.WrongCredentials {
    StringBuilder clean = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      if (ALPHABET.indexOf(c) < 0) {
        throw new StoreException.WrongCredentials();
      }
      clean.append(c);
    }
    if (clean.length() != GROUPS * GROUP_SIZE) {
      throw new StoreException.WrongCredentials();
    }
    return new RecoveryKey(clean.toString().toCharArray());
  }

  /** The key as a person reads it: {@code ABCD-EFGH-…}. */
  public String display() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < symbols.length; i++) {
      if (i > 0 && i % GROUP_SIZE == 0) {
        b.append('-');
      }
      b.append(symbols[i]);
    }
    return b.toString();
  }

  char[] secret() {
    return symbols.clone();
  }

  /** Clears the key from memory. */
  public void erase() {
    Arrays.fill(symbols, '\0');
  }

  @Override
  public String toString() {
    return "RecoveryKey[hidden]";
  }
}
