package org.reportingcentre.desktop.common;

import javafx.scene.Node;

/** Prints a node (the recovery key, a kiosk receipt); returns false when nothing was printed. */
@FunctionalInterface
public interface Printing {
  boolean print(Node node);
}
