package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.DisabilityStatus;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;

/** Page 13: about you (or the person it happened to). */
public final class AboutYouView implements StepView {
  private final VBox root;
  private final List<javafx.beans.InvalidationListener> rewording = new java.util.ArrayList<>();

  public AboutYouView(Form form, AboutYouViewModel vm) {
    Label heading = form.heading("about.heading");
    heading
        .textProperty()
        .bind(
            Bindings.createStringBinding(() -> form.text().get(key(vm, "about.heading")), vm.role));
    root = StepView.page(StepId.ABOUT_YOU, heading, form.paragraph("about.optional"));
    form.textField("name", "about.name", true, vm.name, root);
    form.textField("phone", "about.phone", true, vm.phone, root);
    form.textField("email", "about.email", true, vm.email, root);
    form.textField("homeAddress", "about.address", true, vm.address, root);
    form.textField("homePostcode", "about.postcode", true, vm.postcode, root)
        .getStyleClass()
        .add("short");
    VBox equality = new VBox(form.paragraph("about.equality"));
    equality.setId("equality");
    form.radios("ageBand", "about.ageBand", true, List.of(AgeBand.values()), vm.ageBand, equality);
    form.radios("gender", "about.gender", true, List.of(Gender.values()), vm.gender, equality);
    form.radios(
        "transHistory",
        "about.transHistory",
        true,
        List.of(TransHistory.values()),
        vm.transHistory,
        equality);
    form.radios(
        "ethnicity", "about.ethnicity", true, List.of(Ethnicity.values()), vm.ethnicity, equality);
    form.radios(
        "religion", "about.religion", true, List.of(Religion.values()), vm.religion, equality);
    form.radios(
        "sexualOrientation",
        "about.sexualOrientation",
        true,
        List.of(SexualOrientation.values()),
        vm.sexualOrientation,
        equality);
    form.radios(
        "disability",
        "about.disability",
        true,
        List.of(DisabilityStatus.values()),
        vm.disability,
        equality);
    root.getChildren().add(equality);
    for (String id :
        List.of(
            "ageBand",
            "gender",
            "transHistory",
            "ethnicity",
            "religion",
            "sexualOrientation",
            "disability")) {
      followRole(form, vm, id);
    }
    // A witness's own equality details are not the victim's: not asked.
    StepView.showWhen(equality, Bindings.notEqual(vm.role, ReporterRole.WITNESS));
  }

  /**
   * The words for the person the page is about: a question that says "you" has its own wording
   * ({@code <key>.onBehalf}) when the reporter reports for someone else.
   */
  static String key(AboutYouViewModel vm, String key) {
    return vm.role.get() == ReporterRole.ON_BEHALF ? key + ".onBehalf" : key;
  }

  /** Rewords one question's label, and the names a screen reader reads, when the role changes. */
  private void followRole(Form form, AboutYouViewModel vm, String id) {
    String base = "about." + id;
    Label label = (Label) root.lookup("#label-" + id);
    Node options = root.lookup("#" + id);
    Runnable reword =
        () -> {
          String key = form.text().has(key(vm, base)) ? key(vm, base) : base;
          String legend = form.legendText(key, true);
          label.setText(legend);
          options.setAccessibleText(legend);
          if (options instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(option -> option.setAccessibleHelp(legend));
          }
        };
    reword.run();
    javafx.beans.InvalidationListener onRole = o -> reword.run();
    // Weak, so a page replaced by a mode switch is not kept alive by the model it showed; the page
    // itself holds the listener for as long as it lives.
    rewording.add(onRole);
    root.getProperties().put("about.rewording", rewording);
    vm.role.addListener(new javafx.beans.WeakInvalidationListener(onRole));
  }

  @Override
  public Node root() {
    return root;
  }
}
