package org.reportingcentre.spoc;

import java.util.List;
import java.util.Optional;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.ErrorCode;
import org.reportingcentre.report.Problem;

/** A request the SPOC refuses: the status and body the centre gets. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient ErrorBody body;

  ApiException(ErrorCode code, String message) {
    this(code.status(), new ErrorBody(code.code(), message, Optional.empty(), List.of()));
  }

  ApiException(int status, ErrorBody body) {
    super(body.message(), null, false, false);
    this.status = status;
    this.body = body;
  }

  static ApiException tooLarge(String message, long limit) {
    return new ApiException(
        ErrorCode.TOO_LARGE.status(),
        new ErrorBody(ErrorCode.TOO_LARGE.code(), message, Optional.of(limit), List.of()));
  }

  static ApiException badRequest(String message, List<Problem> problems) {
    return new ApiException(
        ErrorCode.BAD_REQUEST.status(),
        new ErrorBody(ErrorCode.BAD_REQUEST.code(), message, Optional.empty(), problems));
  }

  int status() {
    return status;
  }

  ErrorBody body() {
    return body;
  }
}
