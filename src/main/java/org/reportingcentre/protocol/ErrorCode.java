package org.reportingcentre.protocol;

import org.reportingcentre.report.Coded;

/** The stable codes in {@link ErrorBody#error()}, with the HTTP status each comes with. */
public enum ErrorCode implements Coded {
  /** 400: the body is not JSON, or not the JSON this endpoint takes. */
  BAD_REQUEST("bad-request", 400),
  /** 400: the centre speaks another protocol version. */
  PROTOCOL_VERSION("protocol-version", 400),
  /** 401: no token, an unknown one, or a revoked one. */
  UNAUTHORISED("unauthorised", 401),
  /** 401 at enrolment: the code is unknown, used, withdrawn, expired, or for another centre. */
  ENROLMENT_REFUSED("enrolment-refused", 401),
  /** 404: no such endpoint. */
  NOT_FOUND("not-found", 404),
  /** 405: the endpoint exists but not with this method. */
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  /** 413: more reports or bytes than the limit; the body's limit says which. */
  TOO_LARGE("too-large", 413),
  /** 415: a body that is not JSON, or an encoding other than gzip. */
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  /** 500 or 503: the SPOC could not do it now; retry later, the same request is safe to resend. */
  SERVER_ERROR("server-error", 500);

  private final String code;
  private final int status;

  ErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  @Override
  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
