package org.reportingcentre.desktop.kiosk;

import javafx.scene.Node;

/** Prints a node (the receipt); false when there is no printer. */
@FunctionalInterface
public interface ReceiptPrinter {
  boolean print(Node node);
}
