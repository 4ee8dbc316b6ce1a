package org.reportingcentre.desktop.desk;

import javafx.scene.Parent;

/** The desk's own styles (charts, figure tables), on top of the app's theme. */
final class DeskStyle {
  private static final String SHEET =
      DeskStyle.class.getResource("/org/reportingcentre/desktop/desk/desk.css").toExternalForm();

  private DeskStyle() {}

  static void apply(Parent screen) {
    screen.getStylesheets().add(SHEET);
  }
}
