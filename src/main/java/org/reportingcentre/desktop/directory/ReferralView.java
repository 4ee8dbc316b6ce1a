package org.reportingcentre.desktop.directory;

import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.store.Referral;

/**
 * Refer the person of one report to support services: what they agreed to, the services that match,
 * a button for each, and the referrals made with where each one is.
 */
public final class ReferralView extends ScreenFrame {
  private final ReferralViewModel vm;
  private final VBox status = new VBox();
  private final VBox offered = new VBox();
  private final VBox made = new VBox();

  public ReferralView(Form form, ReferralViewModel vm, Runnable onHome) {
    super(form, "referral", "referral.heading");
    this.vm = vm;
    column
        .getChildren()
        .addAll(
            form.heading("referral.heading"),
            form.paragraph("referral.report", vm.reference().toString()));
    status.getStyleClass().add("options");
    offered.setId("referral-offered");
    offered.getStyleClass().add("directory-entries");
    made.setId("referral-made");
    Label result = live("referral-result", "body");
    result.textProperty().bind(vm.result);
    Label error = live("referral-error", "error-message");
    error.textProperty().bind(vm.error);
    column.getChildren().addAll(status, result, error, made, offered);
    vm.state.addListener((o, a, b) -> redraw());
    vm.offered.addListener((ListChangeListener<SupportService>) c -> redraw());
    vm.made.addListener((ListChangeListener<Referral>) c -> redraw());
    redraw();
    Button home = new Button(form.text().get("directory.home"));
    home.setId("home");
    home.getStyleClass().add("secondary");
    home.setOnAction(e -> onHome.run());
    column.getChildren().add(new HBox(home));
  }

  private Label live(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add(style);
    label.setWrapText(true);
    label.setAccessibleRole(AccessibleRole.TEXT);
    label.managedProperty().bind(label.textProperty().isNotEmpty());
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    return label;
  }

  private void redraw() {
    status.getChildren().clear();
    offered.getChildren().clear();
    made.getChildren().clear();
    switch (vm.state.get()) {
      case LOADING -> status.getChildren().add(form.paragraph("referral.loading"));
      case NO_REPORT -> status.getChildren().add(form.warning("referral.noReport"));
      case NO_CONSENT -> {
        status.getChildren().addAll(consentLines());
        Label none = form.warning("referral.noConsent");
        none.setId("referral-no-consent");
        status.getChildren().add(none);
      }
      case READY -> {
        status.getChildren().addAll(consentLines());
        offered.getChildren().add(subheading("referral.offered.heading"));
        if (vm.offered.isEmpty()) {
          offered.getChildren().add(form.paragraph("referral.offered.none"));
        }
        vm.offered.forEach(s -> offered.getChildren().add(offer(s)));
      }
    }
    if (!vm.made.isEmpty()) {
      made.getChildren().add(subheading("referral.made.heading"));
      for (Referral r : vm.made) {
        Label line = new Label(vm.describe(r));
        line.setId("made-" + r.serviceId());
        line.getStyleClass().add("body");
        line.setWrapText(true);
        made.getChildren().add(line);
      }
    }
  }

  private java.util.List<Label> consentLines() {
    Label vs = new Label(vm.consentVictimSupport.get());
    Label others = new Label(vm.consentOthers.get());
    for (Label l : java.util.List.of(vs, others)) {
      l.getStyleClass().add("body");
      l.setWrapText(true);
    }
    return java.util.List.of(vs, others);
  }

  private Label subheading(String key) {
    Label label = new Label(form.text().get(key));
    label.getStyleClass().add("subheading");
    label.setWrapText(true);
    return label;
  }

  private VBox offer(SupportService service) {
    VBox entry = new VBox();
    entry.getStyleClass().add("directory-entry");
    Label name = new Label(service.name());
    name.getStyleClass().add("entry-name");
    name.setWrapText(true);
    Label what = new Label(DirectoryViewModel.description(form.text(), service));
    what.getStyleClass().add("body");
    what.setWrapText(true);
    Button refer = new Button(form.text().get("referral.refer", service.name()));
    refer.setId("refer-" + service.id());
    refer.getStyleClass().add("primary");
    refer.setWrapText(true);
    refer.setOnAction(e -> vm.refer(service));
    entry.getChildren().addAll(name, what, refer);
    return entry;
  }
}
