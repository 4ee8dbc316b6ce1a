package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;

/** Page 11: did anyone else see it, and who (repeatable). */
public final class WitnessesViewModel extends StepViewModel {
  /** One witness as the page edits it. */
  public static final class Row {
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty contact = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
  }

  public final ObjectProperty<Answer> othersSaw = new SimpleObjectProperty<>();
  public final ObservableList<Row> witnesses = FXCollections.observableArrayList();

  public WitnessesViewModel(Messages text) {
    super(text);
    track(othersSaw, witnesses);
  }

  public Row addWitness() {
    Row row = new Row();
    track(row.name, row.contact, row.notes);
    witnesses.add(row);
    return row;
  }

  public void removeWitness(int index) {
    witnesses.remove(index);
  }

  @Override
  protected void read(Answers a) {
    othersSaw.set(a.othersSaw);
    witnesses.clear();
    for (Answers.WitnessAnswer w : a.witnesses) {
      Row row = addWitness();
      row.name.set(orEmpty(w.name));
      row.contact.set(orEmpty(w.contact));
      row.notes.set(orEmpty(w.notes));
    }
    if (witnesses.isEmpty()) {
      addWitness();
    }
  }

  @Override
  public void store(Answers a) {
    a.othersSaw = othersSaw.get();
    a.witnesses =
        new java.util.ArrayList<>(
            witnesses.stream()
                .map(r -> new Answers.WitnessAnswer(r.name.get(), r.contact.get(), r.notes.get()))
                .toList());
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(othersSaw.get() != null, "othersSaw", "witnesses.error.othersSaw", errors);
    return errors;
  }
}
