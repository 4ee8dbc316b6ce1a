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

  public AboutYouView(Form form, AboutYouViewModel vm) {
    Label heading = form.heading("about.heading");
    heading
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    form.text()
                        .get(
                            vm.role.get() == ReporterRole.ON_BEHALF
                                ? "about.heading.onBehalf"
                                : "about.heading"),
                vm.role));
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
    // A witness's own equality details are not the victim's: not asked.
    StepView.showWhen(equality, Bindings.notEqual(vm.role, ReporterRole.WITNESS));
  }

  @Override
  public Node root() {
    return root;
  }
}
