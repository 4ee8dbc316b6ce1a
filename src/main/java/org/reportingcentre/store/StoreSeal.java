package org.reportingcentre.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reportingcentre.protocol.ExchangeFormat;

/**
 * A small file beside the database recording the newest audit entry, authenticated with a key
 * derived from the data key. H2 quietly falls back to an older state when the end of its file is
 * lost; comparing the database's audit head with the seal notices that (and a database swapped for
 * an old copy) before anything is written, so the store is reported as damaged instead of quietly
 * losing reports.
 */
final class StoreSeal {
  static final String FILE_NAME = "centre.seal";
  private static final ObjectMapper JSON = ExchangeFormat.newObjectMapper();

  /** The newest audit entry: its sequence number and hash. */
  record Head(long seq, String hash) {}

  private record File(UUID storeId, long seq, String hash, String mac) {}

  private final Path path;
  private final byte[] macKey;
  private final UUID storeId;
  private Head lastWritten;

  StoreSeal(Path folder, byte[] dataKey, UUID storeId) {
    this.path = folder.resolve(FILE_NAME);
    this.macKey = CentreStore.hmac(dataKey, "store-seal");
    this.storeId = storeId;
  }

  /** The sealed head, or empty if there is no seal file. */
  Optional<Head> read() throws StoreException.Damaged {
    File file;
    try {
      file = JSON.readValue(Files.readAllBytes(path), File.class);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    }
    if (file == null
        || !storeId.equals(file.storeId())
        || file.hash() == null
        || file.mac() == null
        || !MessageDigest.isEqual(
            mac(file.seq(), file.hash()).getBytes(StandardCharsets.US_ASCII),
            file.mac().getBytes(StandardCharsets.US_ASCII))) {
      throw damaged(null);
    }
    lastWritten = new Head(file.seq(), file.hash());
    return Optional.of(lastWritten);
  }

  /** Records a new head, atomically; does nothing if it is the one already recorded. */
  void write(Head head) throws StoreException.CannotWrite {
    if (head.equals(lastWritten)) {
      return;
    }
    try {
      AtomicFiles.replace(
          path,
          JSON.writeValueAsBytes(
              new File(storeId, head.seq(), head.hash(), mac(head.seq(), head.hash()))));
      lastWritten = head;
    } catch (IOException e) {
      throw new StoreException.CannotWrite(
          "The store's seal file could not be written. Is the disk full?", e);
    }
  }

  private String mac(long seq, String hash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
      String canonical = storeId + "|" + seq + "|" + hash;
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
    }
  }

  private static StoreException.Damaged damaged(Throwable cause) {
    return new StoreException.Damaged(
        "The store's seal file ("
            + FILE_NAME
            + ") is damaged or belongs to another store. Nothing"
            + " was changed. Restore the data folder from a backup.",
        cause);
  }
}
