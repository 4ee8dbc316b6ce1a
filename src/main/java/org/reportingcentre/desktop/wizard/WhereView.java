package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.LocationType;

/** Page 8: where. */
public final class WhereView implements StepView {
  private final VBox root;

  public WhereView(Form form, WhereViewModel vm) {
    root = StepView.page(StepId.WHERE, form.heading("where.heading"));
    form.radios("locationType", "where.type", false, List.of(LocationType.values()), vm.type, root);
    form.textField("platform", "where.platform", false, vm.platform, root);
    StepView.showWhen(root.lookup("#group-platform"), Bindings.equal(vm.type, LocationType.ONLINE));
    form.textField("otherPlace", "where.otherPlace", false, vm.otherPlace, root);
    StepView.showWhen(
        root.lookup("#group-otherPlace"), Bindings.equal(vm.type, LocationType.OTHER));
    VBox place = new VBox();
    form.textField("address", "where.address", true, vm.address, place);
    form.textField("postcode", "where.postcode", true, vm.postcode, place)
        .getStyleClass()
        .add("short");
    form.textField("area", "where.area", true, vm.area, place);
    root.getChildren().add(place);
    StepView.showWhen(place, Bindings.notEqual(vm.type, LocationType.ONLINE));
  }

  @Override
  public Node root() {
    return root;
  }
}
