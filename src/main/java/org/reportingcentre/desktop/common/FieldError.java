package org.reportingcentre.desktop.common;

import java.util.Objects;

/**
 * One problem with an answer, for the error summary and beside the field.
 *
 * @param field the id of the control that holds the answer (its group is {@code group-<field>})
 * @param message what to do, in plain words
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
