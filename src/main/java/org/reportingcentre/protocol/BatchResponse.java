package org.reportingcentre.protocol;

import java.util.List;

/** The answer to a batch: one result per report, in the order they were sent. */
public record BatchResponse(List<ItemResult> results) {
  public BatchResponse {
    results = results == null ? List.of() : List.copyOf(results);
  }
}
