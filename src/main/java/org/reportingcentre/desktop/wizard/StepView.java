package org.reportingcentre.desktop.wizard;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The controls of one question page. Controls have ids; the wizard finds fields by them. */
public interface StepView {
  Node root();

  /** A page: the question as the heading, then its parts. */
  static VBox page(StepId step, Node... parts) {
    VBox page = new VBox(parts);
    page.getStyleClass().add("page");
    page.setId("page-" + step.key());
    return page;
  }

  /** Shows a node only while a condition holds, taking no space when hidden. */
  static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }
}
