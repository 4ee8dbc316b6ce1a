package org.reportingcentre.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.reportingcentre.protocol.ExchangeFormat;

/**
 * The keyring file beside the database. It holds the store's random data key once per user, wrapped
 * with AES-GCM under a key derived from that user's password (PBKDF2-HMAC-SHA256), and once more
 * under the recovery key. The user name, role and store id are bound into each wrapping as
 * associated data, so editing a role in the file makes that entry fail to open rather than
 * promoting a volunteer. Nobody ever types the data key. See {@code docs/adr/0002}.
 */
public final class KeyRing {
  /** The file name inside the data folder. */
  public static final String FILE_NAME = "keyring.json";

  /** The fewest PBKDF2 iterations accepted in a keyring (OWASP 2023 figure for SHA-256). */
  public static final int MIN_ITERATIONS = 600_000;

  public static final int MIN_PASSWORD_LENGTH = 10;

  private static final String KDF = "PBKDF2WithHmacSHA256";
  private static final int FORMAT_VERSION = 1;
  private static final int KEY_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
  private static final ObjectMapper JSON = ExchangeFormat.newObjectMapper();

  /** One wrapping of the data key. */
  record Entry(
      String name, Role role, int iterations, String salt, String nonce, String wrappedKey) {}

  /** The file as stored. */
  record File(
      String format,
      int version,
      UUID storeId,
      String centreCode,
      List<Entry> users,
      Entry recovery) {}

  /** A user as listed: never with key material. */
  public record User(String name, Role role) {}

  private final Path path;
  private final SecureRandom random;
  private final int iterations;
  private File file;

  private KeyRing(Path path, File file, SecureRandom random, int iterations) {
    this.path = path;
    this.file = file;
    this.random = random;
    this.iterations = iterations;
  }

  /** Checks a user name against the rules, with a message that says them. */
  public static void checkUserName(String name) throws StoreException.BadRequest {
    if (name == null || !USER_NAME.matcher(name).matches()) {
      throw new StoreException.BadRequest(
          "A user name is 2 to 32 small letters, digits, dots, dashes or underscores, starting"
              + " with a letter, like \"amira\" or \"j.smith\".");
    }
    if (name.equals("kiosk")) {
      throw new StoreException.BadRequest("\"kiosk\" is kept for the kiosk. Choose another name.");
    }
  }

  /** Checks a new password; the rule is length, which is what makes a password strong. */
  public static void checkPassword(char[] password) throws StoreException.BadRequest {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new StoreException.BadRequest(
          "The password is too short: use at least "
              + MIN_PASSWORD_LENGTH
              + " characters. Three random words make a strong password that is easy to remember.");
    }
  }

  /** Makes a new keyring with its first manager and the recovery key. Fails if one exists. */
  static KeyRing create(
      Path path,
      String centreCode,
      byte[] dataKey,
      String manager,
      char[] password,
      RecoveryKey recoveryKey,
      SecureRandom random,
      int iterations)
      throws StoreException {
    checkUserName(manager);
    checkPassword(password);
    UUID storeId = new UUID(random.nextLong(), random.nextLong());
    KeyRing ring = new KeyRing(path, null, random, Math.max(iterations, 1));
    Entry managerEntry = ring.wrap(storeId, manager, Role.MANAGER, password, dataKey);
    char[] recoverySecret = recoveryKey.secret();
    Entry recoveryEntry = ring.wrap(storeId, "", null, recoverySecret, dataKey);
    Arrays.fill(recoverySecret, '\0');
    ring.file =
        new File(
            "reporting-centre-keyring",
            FORMAT_VERSION,
            storeId,
            centreCode,
            List.of(managerEntry),
            recoveryEntry);
    ring.save();
    return ring;
  }

  /** Reads the keyring. Reading never writes. */
  static KeyRing load(Path path, SecureRandom random, int iterations) throws StoreException {
    File file;
    try {
      file = JSON.readValue(Files.readAllBytes(path), File.class);
    } catch (NoSuchFileException e) {
      throw new StoreException.NotSetUp(
          "There is no Reporting Centre store in this folder yet. Set one up first (init).");
    } catch (IOException | RuntimeException e) {
      throw new StoreException.Damaged(
          "The keyring file ("
              + FILE_NAME
              + ") is damaged and cannot be read. Restore it from a"
              + " backup.",
          e);
    }
    if (file == null
        || file.version() != FORMAT_VERSION
        || file.users() == null
        || file.recovery() == null
        || file.storeId() == null) {
      throw new StoreException.Damaged(
          "The keyring file (" + FILE_NAME + ") is not one this version can read.", null);
    }
    return new KeyRing(path, file, random, iterations);
  }

  public UUID storeId() {
    return file.storeId();
  }

  public String centreCode() {
    return file.centreCode();
  }

  public List<User> users() {
    return file.users().stream().map(e -> new User(e.name(), e.role())).toList();
  }

  public Optional<Role> roleOf(String name) {
    return entry(name).map(Entry::role);
  }

  /**
   * The data key, if {@code password} is right for {@code name}. A missing user costs the same key
   * derivation as a wrong password, so timing does not tell which was wrong.
   */
  byte[] unlock(String name, char[] password) throws StoreException.WrongCredentials {
    Optional<Entry> entry = entry(name);
    if (entry.isEmpty()) {
      deriveKey(password, new byte[SALT_BYTES], iterations);
      throw new StoreException.WrongCredentials();
    }
    return unwrap(entry.get(), password);
  }

  byte[] unlockWithRecovery(RecoveryKey key) throws StoreException.WrongCredentials {
    char[] secret = key.secret();
    try {
      return unwrap(file.recovery(), secret);
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  void addUser(String name, Role role, char[] password, byte[] dataKey) throws StoreException {
    checkUserName(name);
    checkPassword(password);
    if (entry(name).isPresent()) {
      throw new StoreException.BadRequest("There is already a user called " + name + ".");
    }
    List<Entry> users = new ArrayList<>(file.users());
    users.add(wrap(file.storeId(), name, role, password, dataKey));
    replaceUsers(users);
  }

  void removeUser(String name) throws StoreException {
    Entry entry =
        entry(name)
            .orElseThrow(
                () -> new StoreException.BadRequest("There is no user called " + name + "."));
    long managers = file.users().stream().filter(e -> e.role() == Role.MANAGER).count();
    if (entry.role() == Role.MANAGER && managers == 1) {
      throw new StoreException.BadRequest(
          name + " is the only manager. Add another manager before removing this one.");
    }
    List<Entry> users = new ArrayList<>(file.users());
    users.removeIf(e -> e.name().equals(name));
    replaceUsers(users);
  }

  void setPassword(String name, char[] password, byte[] dataKey) throws StoreException {
    checkPassword(password);
    Entry old =
        entry(name)
            .orElseThrow(
                () -> new StoreException.BadRequest("There is no user called " + name + "."));
    List<Entry> users = new ArrayList<>(file.users());
    users.replaceAll(
        e -> e.name().equals(name) ? wrap(file.storeId(), name, old.role(), password, dataKey) : e);
    replaceUsers(users);
  }

  private void replaceUsers(List<Entry> users) throws StoreException {
    File previous = file;
    file =
        new File(
            previous.format(),
            previous.version(),
            previous.storeId(),
            previous.centreCode(),
            List.copyOf(users),
            previous.recovery());
    try {
      save();
    } catch (StoreException e) {
      file = previous;
      throw e;
    }
  }

  private Optional<Entry> entry(String name) {
    return file.users().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private Entry wrap(UUID storeId, String name, Role role, char[] secret, byte[] dataKey) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(salt);
    random.nextBytes(nonce);
    byte[] kek = deriveKey(secret, salt, iterations);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associatedData(storeId, name, role));
      byte[] wrapped = cipher.doFinal(dataKey);
      Base64.Encoder b64 = Base64.getEncoder();
      return new Entry(
          name.isEmpty() ? null : name,
          role,
          iterations,
          b64.encodeToString(salt),
          b64.encodeToString(nonce),
          b64.encodeToString(wrapped));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private byte[] unwrap(Entry entry, char[] secret) throws StoreException.WrongCredentials {
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] kek = null;
    try {
      if (entry.iterations() < MIN_ITERATIONS && iterations >= MIN_ITERATIONS) {
        // A keyring edited to weaken the derivation is treated as a wrong password.
        throw new StoreException.WrongCredentials();
      }
      kek = deriveKey(secret, b64.decode(entry.salt()), entry.iterations());
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(kek, "AES"),
          new GCMParameterSpec(128, b64.decode(entry.nonce())));
      cipher.updateAAD(
          associatedData(file.storeId(), entry.name() == null ? "" : entry.name(), entry.role()));
      byte[] key = cipher.doFinal(b64.decode(entry.wrappedKey()));
      if (key.length != KEY_BYTES) {
        throw new StoreException.WrongCredentials();
      }
      return key;
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new StoreException.WrongCredentials();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
    } finally {
      if (kek != null) {
        Arrays.fill(kek, (byte) 0);
      }
    }
  }

  private static byte[] associatedData(UUID storeId, String name, Role role) {
    String who = role == null ? "recovery" : "user|" + name + "|" + role.code();
    return ("reporting-centre keyring v1|" + storeId + "|" + who).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deriveKey(char[] secret, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, KEY_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is missing from this Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Replaces the file atomically: a crash leaves the old keyring or the new one, whole. */
  private void save() throws StoreException {
    try {
      AtomicFiles.replace(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
    } catch (IOException e) {
      throw new StoreException.CannotWrite(
          "The keyring could not be saved. Is the disk full or read-only? Nothing was changed.", e);
    }
  }
}
