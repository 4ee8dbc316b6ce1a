package com.sun.glass.ui.monocle;

/**
 * A finger on the headless screen, through Monocle's own touch input: the same {@code TouchInput}
 * that a Linux touchscreen driver feeds. From there Glass makes JavaFX touch events and the mouse
 * events a touchscreen synthesizes, exactly as on a real kiosk. Lives in Monocle's package because
 * that input is package-private; used only by tests.
 */
public final class HeadlessTouch {
  private HeadlessTouch() {}

  /** Whether Monocle is the running platform (headless test runs), so touch can be injected. */
  public static boolean available() {
    try {
      NativePlatformFactory.getNativePlatform();
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** One finger down at a point on the screen, in screen pixels. */
  public static void press(double screenX, double screenY) {
    TouchState state = new TouchState();
    TouchState.Point finger = new TouchState.Point();
    finger.id = 1;
    finger.x = (int) Math.round(screenX);
    finger.y = (int) Math.round(screenY);
    state.addPoint(finger);
    onInputThread(() -> TouchInput.getInstance().setState(state));
  }

  /** Every finger lifted. */
  public static void release() {
    onInputThread(() -> TouchInput.getInstance().setState(new TouchState()));
  }

  private static void onInputThread(Runnable work) {
    NativePlatformFactory.getNativePlatform().getRunnableProcessor().invokeAndWait(work);
  }
}
