package org.reportingcentre.spoc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.reportingcentre.protocol.ErrorCode;

/**
 * Reads a request body without trusting what it says about itself: never more than the limit as
 * sent, never more than the limit once gzip is undone.
 */
final class RequestBodies {
  private RequestBodies() {}

  /**
   * The body's bytes, gunzipped when {@code contentEncoding} says gzip.
   *
   * @throws ApiException 413 over a limit, 415 for an unknown encoding, 400 for broken gzip
   */
  static byte[] read(
      InputStream body,
      String contentEncoding,
      long declaredLength,
      long maxSentBytes,
      long maxJsonBytes)
      throws IOException {
    String encoding =
        contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    if (!encoding.equals("identity") && !encoding.equals("gzip") && !encoding.isEmpty()) {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "The body is encoded as \""
              + shorten(encoding)
              + "\". Send it as plain JSON or with Content-Encoding: gzip.");
    }
    if (declaredLength > maxSentBytes) {
      throw tooMuchSent(maxSentBytes);
    }
    byte[] sent = readAtMost(body, maxSentBytes);
    if (sent == null) {
      throw tooMuchSent(maxSentBytes);
    }
    if (!encoding.equals("gzip")) {
      if (sent.length > maxJsonBytes) {
        throw tooMuchJson(maxJsonBytes);
      }
      return sent;
    }
    try (InputStream unzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(sent))) {
      byte[] json = readAtMost(unzipped, maxJsonBytes);
      if (json == null) {
        throw tooMuchJson(maxJsonBytes);
      }
      return json;
    } catch (ZipException | java.io.EOFException e) {
      throw ApiException.badRequest(
          "The body says it is gzip (Content-Encoding: gzip) but it is not complete, valid gzip.",
          java.util.List.of());
    }
  }

  /** Up to {@code max} bytes, or null when there are more. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static ApiException tooMuchSent(long limit) {
    return ApiException.tooLarge(
        "The request body is larger than the SPOC takes ("
            + limit
            + " bytes as sent). Send fewer reports in each batch.",
        limit);
  }

  private static ApiException tooMuchJson(long limit) {
    return ApiException.tooLarge(
        "The reports in this request are larger than the SPOC takes ("
            + limit
            + " bytes of JSON once unzipped). Send fewer reports in each batch.",
        limit);
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
