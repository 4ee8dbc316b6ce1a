package org.reportingcentre.desktop.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;

/**
 * The state of one question page: properties the view binds to, loaded from and stored into the
 * draft, and the page's own rules, checked on Continue only. No controls here.
 */
public abstract class StepViewModel {
  protected Messages text;
  private Runnable onEdit = () -> {};
  private boolean loading;

  protected StepViewModel(Messages text) {
    this.text = text;
  }

  /** From now on, messages (the page's errors) are in these words: a language or mode switch. */
  void useWording(Messages words) {
    this.text = words;
  }

  /** Called on every change a person makes, so typing can be saved. */
  public void setOnEdit(Runnable onEdit) {
    this.onEdit = onEdit;
  }

  protected final void track(Observable... observables) {
    for (Observable o : observables) {
      o.addListener(x -> edited());
    }
  }

  protected final void edited() {
    if (!loading) {
      onEdit.run();
    }
  }

  /** Fills the page from the draft, without counting as an edit. */
  public final void load(Answers answers) {
    loading = true;
    try {
      read(answers);
    } finally {
      loading = false;
    }
  }

  protected abstract void read(Answers answers);

  /** Writes the page's answers into the draft. */
  public abstract void store(Answers answers);

  /** The problems with the answers on this page; empty when the person may go on. */
  public List<FieldError> validate() {
    return List.of();
  }

  protected final void require(boolean ok, String field, String key, List<FieldError> errors) {
    if (!ok) {
      errors.add(new FieldError(field, text.get(key)));
    }
  }

  protected static List<FieldError> errors() {
    return new ArrayList<>();
  }

  protected static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  protected static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
