/*
 * first-paint: milliseconds from starting a program until its first top-level window is mapped,
 * and until something is drawn in it, seen from outside the program (the X server's view).
 * Used by startup-benchmark.sh; built there with `cc -O2 -o first-paint first-paint.c -lX11
 * -lXdamage` (Debian: libx11-dev, libxdamage-dev). Run it inside a virtual display (xvfb-run).
 *
 *   first-paint PROGRAM [ARGUMENT...]     prints "MAPPED_MS DRAWN_MS FOCUSED_MS"
 *
 * "Drawn" is the first moment the window holds at least three colours: a background and text,
 * anti-aliased. It is checked at every change the X server reports for the window or a window
 * inside it (the DAMAGE extension), a handful of times per start, so it costs the program little.
 * "Focused" is the first moment the focused field's yellow ring (the app's focus colour) is on screen
 * too, within a second of "drawn"; -1 if it never is (the trivial window has no field).
 * The program is stopped 1 s after it is drawn.
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The app's focus colour (-rc-focus in app.css). */
#define FOCUS_YELLOW 0xffdd00UL

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

/* At least three distinct colours in the window (every second row). */
static int drawn(Display *display, Window window) {
  XWindowAttributes attributes;
  if (!XGetWindowAttributes(display, window, &attributes)) return 0;
  int width = attributes.width;
  int height = attributes.height;
  if (width <= 0 || height <= 0) return 0;
  XImage *image = XGetImage(display, window, 0, 0, width, height, AllPlanes, ZPixmap);
  if (!image) return 0;
  unsigned long colours[3];
  int found = 0;
  for (int y = 0; y < height && found < 3; y += 2) {
    for (int x = 0; x < width && found < 3; x++) {
      unsigned long pixel = XGetPixel(image, x, y);
      int seen = 0;
      for (int i = 0; i < found; i++) seen |= colours[i] == pixel;
      if (!seen) colours[found++] = pixel;
    }
  }
  XDestroyImage(image);
  return found >= 3;
}

/* Somewhere in the window, a pixel of exactly this colour (0xRRGGBB; the display is 24-bit). */
static int shows(Display *display, Window window, unsigned long colour) {
  XWindowAttributes attributes;
  if (!XGetWindowAttributes(display, window, &attributes)) return 0;
  if (attributes.width <= 0 || attributes.height <= 0) return 0;
  XImage *image = XGetImage(display, window, 0, 0, attributes.width, attributes.height, AllPlanes,
                            ZPixmap);
  if (!image) return 0;
  int found = 0;
  for (int y = 0; y < attributes.height && !found; y++) {
    for (int x = 0; x < attributes.width && !found; x++) {
      found = (XGetPixel(image, x, y) & 0xffffff) == colour;
    }
  }
  XDestroyImage(image);
  return found;
}

/* Watches for changes in the window and every window inside it (JavaFX may draw into a child). */
static void watch(Display *display, Window window) {
  XDamageCreate(display, window, XDamageReportNonEmpty);
  Window root, parent, *children = NULL;
  unsigned int count = 0;
  if (XQueryTree(display, window, &root, &parent, &children, &count)) {
    for (unsigned int i = 0; i < count; i++) watch(display, children[i]);
    if (children) XFree(children);
  }
}

static int ignore_errors(Display *display, XErrorEvent *error) {
  (void) display;
  (void) error;
  return 0; /* a window may go away between the event and the look at it */
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: first-paint PROGRAM [ARGUMENT...]\n");
    return 2;
  }
  Display *display = XOpenDisplay(NULL);
  if (!display) {
    fprintf(stderr, "first-paint: no X display (run it under xvfb-run)\n");
    return 2;
  }
  int damage_event, damage_error;
  if (!XDamageQueryExtension(display, &damage_event, &damage_error)) {
    fprintf(stderr, "first-paint: the X server has no DAMAGE extension\n");
    return 2;
  }
  XSetErrorHandler(ignore_errors);
  Window root = DefaultRootWindow(display);
  XSelectInput(display, root, SubstructureNotifyMask);
  XSync(display, False);

  double started = now_ms();
  pid_t program = fork();
  if (program == 0) {
    /* The program's own output is not wanted here. */
    FILE *quiet = freopen("/dev/null", "w", stdout);
    quiet = freopen("/dev/null", "w", stderr);
    (void) quiet;
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  alarm(60);

  Window window = None;
  double mapped = -1;
  double painted = -1;
  while (painted < 0) {
    XEvent event;
    XNextEvent(display, &event);
    if (event.type == MapNotify && window == None && !event.xmap.override_redirect) {
      mapped = now_ms();
      window = event.xmap.window;
      watch(display, window);
      if (drawn(display, window)) painted = now_ms();
    } else if (event.type == damage_event + XDamageNotify) {
      XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;
      XDamageSubtract(display, damage->damage, None, None);
      if (window != None && drawn(display, window)) painted = now_ms();
    }
  }
  /* Then, for up to a second, the moment the focused field's yellow ring is on screen too (the
     app gives its first field focus just after the first frame; a trivial window has none). */
  double focused = shows(display, window, FOCUS_YELLOW) ? now_ms() : -1;
  while (focused < 0 && now_ms() < painted + 1000) {
    if (!XPending(display)) {
      usleep(1000);
      continue;
    }
    XEvent event;
    XNextEvent(display, &event);
    if (event.type == damage_event + XDamageNotify) {
      XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;
      XDamageSubtract(display, damage->damage, None, None);
      if (shows(display, window, FOCUS_YELLOW)) focused = now_ms();
    }
  }
  printf("%.0f %.0f %.0f\n", mapped - started, painted - started,
         focused < 0 ? -1 : focused - started);
  fflush(stdout);
  double waited = now_ms() - painted;
  if (waited < 1000) usleep((useconds_t) ((1000 - waited) * 1000));
  kill(program, SIGTERM);
  waitpid(program, NULL, 0);
  XCloseDisplay(display);
  return 0;
}
