package org.reportingcentre.protocol;

import java.util.List;
import org.reportingcentre.report.Problem;

/** A document in the exchange format could not be read; the problems say why, in plain words. */
public final class ExchangeFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ExchangeFormatException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public ExchangeFormatException(Problem problem) {
    this(problem.message(), List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
