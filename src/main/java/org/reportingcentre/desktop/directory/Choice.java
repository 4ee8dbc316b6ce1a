package org.reportingcentre.desktop.directory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

/** One entry of a filter's drop-down: a value, or none for "any", with its words. */
record Choice<T>(Optional<T> value, String words) {
  @Override
  public String toString() {
    return words;
  }

  /** A drop-down of "any" then each value, kept in step with the property both ways. */
  static <T> ComboBox<Choice<T>> comboBox(
      String id,
      String any,
      List<T> values,
      Function<T, String> words,
      ObjectProperty<Optional<T>> property) {
    List<Choice<T>> choices = new java.util.ArrayList<>();
    choices.add(new Choice<>(Optional.empty(), any));
    values.forEach(v -> choices.add(new Choice<>(Optional.of(v), words.apply(v))));
    ComboBox<Choice<T>> box = new ComboBox<>(FXCollections.observableArrayList(choices));
    box.setId(id);
    Runnable select =
        () ->
            box.getSelectionModel()
                .select(
                    choices.stream()
                        .filter(c -> c.value().equals(property.get()))
                        .findFirst()
                        .orElse(choices.get(0)));
    select.run();
    box.valueProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null && !now.value().equals(property.get())) {
                property.set(now.value());
              }
            });
    property.addListener((o, was, now) -> select.run());
    return box;
  }
}
