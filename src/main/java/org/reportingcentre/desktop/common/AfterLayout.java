package org.reportingcentre.desktop.common;

import javafx.scene.Scene;

/** Work to do once, on the JavaFX thread, right after a scene's next layout. */
public final class AfterLayout {
  private AfterLayout() {}

  /**
   * Runs {@code then} once, after the scene's next layout pulse: for a new window, its first
   * layout, just before its first frame is drawn.
   */
  public static void once(Scene scene, Runnable then) {
    scene.addPostLayoutPulseListener(
        new Runnable() {
          @Override
          public void run() {
            scene.removePostLayoutPulseListener(this);
            then.run();
          }
        });
  }
}
