package org.reportingcentre.desktop.reports;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;

/**
 * The controls of the correction form, in the order the wizard asks: the same kinds of control as
 * the wizard (tick boxes for several choices, radio buttons for one), each named by its question.
 */
final class CorrectionForm {
  private final Form form;
  private final CorrectionViewModel vm;

  CorrectionForm(Form form, CorrectionViewModel vm) {
    this.form = form;
    this.vm = vm;
  }

  /**
   * The control's id: a choice question has the wizard's id, so its options are "types-graffiti"
   * and the like and get the wizard's pictures (beside every choice in easy read); a text field is
   * "correct-" and the field's code.
   */
  static String id(CorrectableField field) {
    return switch (field) {
      case REPORTER_ROLE -> "role";
      case INCIDENT_TYPES -> "types";
      case MOTIVATIONS -> "motivations";
      case WHEN -> "when";
      case STILL_HAPPENING -> "stillHappening";
      case LOCATION_TYPE -> "locationType";
      case INJURED -> "injured";
      case DAMAGE_OR_LOSS -> "damageOrLoss";
      case OFFENDERS_KNOWN -> "known";
      case HAPPENED_BEFORE -> "happenedBefore";
      default -> "correct-" + field.code();
    };
  }

  Node build() {
    VBox fields = new VBox();
    for (CorrectableField field : CorrectableField.values()) {
      String id = id(field);
      String key = field.field().label().orElseThrow();
      switch (field.kind()) {
        case TEXT -> form.textField(id, key, true, vm.texts.get(field), fields);
        case COUNT -> form.textField(id, key, true, vm.texts.get(field), fields);
        case LONG_TEXT -> form.textArea(id, key, false, vm.texts.get(field), fields);
        case ONE_OF ->
            form.radios(
                id, key, false, field.options(), form.text()::of, vm.choices.get(field), fields);
        case ANSWER ->
            form.radios(
                id,
                key,
                false,
                field.options(),
                a -> form.text().get("answer." + a.code()),
                vm.choices.get(field),
                fields);
        case ANY_OF -> {
          if (field == CorrectableField.MOTIVATIONS) {
            form.checkboxes(id, key, List.of(MotivationStrand.values()), vm.strands, fields);
          } else {
            form.checkboxes(id, key, List.of(IncidentType.values()), vm.types, fields);
          }
        }
        case WHEN -> when(id, key, fields);
      }
    }
    return fields;
  }

  /** Roughly when, or on a date; the date box shows only for "on a date". */
  private void when(String id, String key, VBox into) {
    form.radios(
        id,
        key,
        false,
        CorrectionViewModel.whenChoices(),
        choice -> form.text().get("when.choice." + choice),
        vm.whenChoice,
        into);
    TextField date = form.textField("correct-when-on", "when.date", false, vm.whenDate, into);
    Node group = date.getParent();
    group.visibleProperty().bind(vm.whenChoice.isEqualTo(CorrectionViewModel.ON_A_DATE));
    group.managedProperty().bind(group.visibleProperty());
  }
}
