package org.reportingcentre.desktop.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.store.SpocLink;

/**
 * The enrol screen: which SPOC the centre sends to, the address and one-time code, a health check,
 * and enrolling. The network calls run on the sync thread; the code is wiped as soon as it is used.
 */
public final class EnrolViewModel {
  public final StringProperty address = new SimpleStringProperty("");
  public final StringProperty code = new SimpleStringProperty("");

  /** Which SPOC the centre sends to now, or that it has none. */
  public final StringProperty current = new SimpleStringProperty("");

  /** What the last check or enrolment said (success, or waiting). */
  public final StringProperty result = new SimpleStringProperty("");

  /** A failure to show in the error summary, against its field. */
  public final StringProperty error = new SimpleStringProperty("");

  public final StringProperty errorField = new SimpleStringProperty("address");
  public final BooleanProperty busy = new SimpleBooleanProperty();
  private final Messages text;
  private final SyncDesk desk;
  private final SyncWords words;
  private final String centreCode;
  private final String user;

  public EnrolViewModel(
      Messages text, SyncDesk desk, SyncWords words, String centreCode, String user) {
    this.text = text;
    this.desk = desk;
    this.words = words;
    this.centreCode = centreCode;
    this.user = user;
    current.set(text.get("enrol.none"));
  }

  /** Reads the current SPOC link (on the sync thread). */
  public void refresh() {
    desk.run(
        () -> desk.services().enrolment().current(),
        (Optional<SpocLink> link) -> link.ifPresent(l -> current.set(describe(l))),
        e -> {});
  }

  String describe(SpocLink link) {
    return text.get(
        "enrol.current",
        link.centreName(),
        link.baseUrl(),
        SyncWords.DATE.format(link.enrolledAt()),
        link.enrolledBy());
  }

  /** The fields' own problems, before anything goes to the network. */
  public List<FieldError> validate(boolean needCode) {
    List<FieldError> errors = new ArrayList<>();
    if (address.get().isBlank()) {
      errors.add(new FieldError("spoc-address", text.get("enrol.error.address")));
    }
    if (needCode && code.get().isBlank()) {
      errors.add(new FieldError("enrolment-code", text.get("enrol.error.code")));
    }
    return errors;
  }

  /** The health check alone: is this address a SPOC this build can talk to? */
  public void check() {
    String typed = address.get().strip();
    start("enrol.checking");
    desk.run(
        () -> desk.services().enrolment().check(typed),
        health -> {
          busy.set(false);
          result.set(text.get("enrol.checked", typed));
        },
        e -> failed(e, typed, "spoc-address"));
  }

  /** Exchanges the code for the centre's token; the code is wiped whatever happens. */
  public void enrol() {
    String typed = address.get().strip();
    char[] secret = code.get().strip().toCharArray();
    code.set("");
    start("enrol.enrolling");
    desk.run(
        () -> {
          try {
            return desk.services().enrolment().enrol(typed, centreCode, secret, user);
          } finally {
            Arrays.fill(secret, '\0');
          }
        },
        link -> {
          busy.set(false);
          current.set(describe(link));
          result.set(text.get("enrol.done", link.centreName(), link.baseUrl()));
          desk.enrolled();
        },
        e ->
            failed(
                e,
                typed,
                e instanceof org.reportingcentre.sync.SyncException.EnrolmentRefused
                    ? "enrolment-code"
                    : "spoc-address"));
  }

  private void start(String waitingKey) {
    busy.set(true);
    error.set("");
    result.set(text.get(waitingKey));
  }

  private void failed(Exception e, String typed, String field) {
    busy.set(false);
    result.set("");
    errorField.set(field);
    error.set(words.failure(e, typed));
  }
}
