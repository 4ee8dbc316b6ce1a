package org.reportingcentre.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportingcentre.report.Problem;

/**
 * The body of every 4xx and 5xx answer from the SPOC.
 *
 * @param error a stable code for programs (see {@link ErrorCode})
 * @param message plain words for a person, saying what was wrong and what to do
 * @param limit for {@code too-large}: the limit that was passed (a count or bytes, as the message
 *     says)
 */
public record ErrorBody(
    String error, String message, Optional<Long> limit, List<Problem> problems) {
  public ErrorBody {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(message, "message");
    limit = limit == null ? Optional.empty() : limit;
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public static ErrorBody of(ErrorCode code, String message) {
    return new ErrorBody(code.code(), message, Optional.empty(), List.of());
  }
}
