package org.reportingcentre.desktop.kiosk;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.PageScroll;
import org.reportingcentre.desktop.wizard.Steps;
import org.reportingcentre.desktop.wizard.WizardView;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.Reference;

/**
 * The kiosk's screens around the wizard: Leave quickly at the top of every page, the welcome page,
 * the confirmation, the neutral page, the staff page, and the inactivity warning over them all.
 * Every key, click or touch anywhere counts as activity.
 */
public final class KioskView {
  public static final String STYLESHEET = "/org/reportingcentre/desktop/kiosk/kiosk.css";
  public static final String BUNDLE = "org.reportingcentre.desktop.kiosk.kiosk";

  /** The kiosk's own standard words in a language (its own bundle, beside the wizard's). */
  public static Messages words(Locale locale) {
    return KioskWording.words(locale, false);
  }

  /** The pictures of the welcome page's choices, by the key they have in {@link Pictograms}. */
  static final Map<String, String> PICTURES =
      Map.of(
          "mode-standard", "write",
          "mode-easy-read", "speak",
          "mode-large-text", "check",
          "language", "place-online");

  private final Messages words;
  private final KioskViewModel vm;
  private final Pictograms pictograms;
  private final ReceiptPrinter printer;
  private final String centreName;
  private final java.util.function.Supplier<List<SupportNumber>> numbers;
  private final Clock clock;
  private final StackPane root = new StackPane();
  private final BorderPane frame = new BorderPane();
  private final StackPane centre = new StackPane();
  private final StackPane pageHolder = new StackPane();
  private final Node shade;
  private final StringProperty title = new SimpleStringProperty();
  private final Label printResult = new Label();
  private final ChangeListener<KioskViewModel.Page> onPage = (o, a, b) -> showPage();
  private final ChangeListener<Boolean> onWarning;
  private WizardView wizardView;
  private Node beforeWarning;
  private Optional<String> keepFocusOn;
  private final Optional<String> focusAtStart;

  /**
   * A view of the kiosk in its current language and mode; a switch of either makes a new one over
   * the same view model (and {@link #dispose()}s this), so the page and answers stay.
   */
  public KioskView(
      KioskViewModel vm,
      Pictograms pictograms,
      ReceiptPrinter printer,
      String centreName,
      java.util.function.Supplier<List<SupportNumber>> numbers,
      Clock clock,
      Optional<String> keepFocusOn) {
    // Read when the confirmation or a receipt is made: the directory is read in the background
    // and may arrive after the kiosk opened (before then, the national numbers are shown).
    this.numbers = numbers;
    this.words = vm.words();
    this.vm = vm;
    this.pictograms = pictograms;
    this.printer = printer;
    this.centreName = centreName;
    this.clock = clock;
    this.keepFocusOn = keepFocusOn;
    this.focusAtStart = keepFocusOn;
    root.setId("kiosk");
    root.getStyleClass().add("kiosk");
    root.getStylesheets().add(KioskView.class.getResource(STYLESHEET).toExternalForm());

    Button leave = new Button(words.get("leave.button"));
    leave.setId("leave-quickly");
    leave.getStyleClass().add("leave-quickly");
    leave.setAccessibleText(words.get("leave.accessible"));
    leave.setOnAction(e -> vm.leaveQuickly());
    HBox bar = new HBox(leave);
    bar.setId("kiosk-bar");
    bar.getStyleClass().add("kiosk-bar");
    frame.setTop(bar);

    Region staffCorner = new Region();
    staffCorner.setId("staff-corner");
    staffCorner.getStyleClass().add("staff-corner");
    staffCorner.setFocusTraversable(false);
    staffCorner.setOnMousePressed(e -> vm.staffCornerTapped());
    HBox footer = new HBox(staffCorner);
    footer.getStyleClass().add("kiosk-footer");
    frame.setBottom(footer);

    // The warning covers the page but not the bar: Leave quickly works during the countdown too.
    Button more = button("more-time", "warning.more", "primary", vm::moreTime);
    shade = warning(more);
    onWarning =
        (o, was, now) -> {
          if (now) {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            beforeWarning = owner != null && isInside(owner, pageHolder) ? owner : null;
            Platform.runLater(more::requestFocus);
          } else if (beforeWarning != null) {
            // Back where the person was, not on the warning's hidden button.
            Node back = beforeWarning;
            beforeWarning = null;
            Platform.runLater(back::requestFocus);
          }
        };
    vm.warning.addListener(onWarning);
    // Under the warning the page is hidden: nothing on it can be reached by Tab, pressed or read
    // over the person's shoulder; only the warning (and Leave quickly) count.
    pageHolder.visibleProperty().bind(vm.warning.not());
    centre.getChildren().setAll(pageHolder, shade);
    frame.setCenter(centre);
    root.getChildren().setAll(frame);
    watchActivity();
    vm.page.addListener(onPage);
    showPage();
  }

  /** Stops following the view model: this view is being replaced by one in other words. */
  public void dispose() {
    vm.page.removeListener(onPage);
    vm.warning.removeListener(onWarning);
    shade.visibleProperty().unbind();
    pageHolder.visibleProperty().unbind();
    disposeWizard();
  }

  private void disposeWizard() {
    if (wizardView != null) {
      wizardView.dispose();
      wizardView = null;
    }
  }

  /**
   * Once this view is in the scene after a redraw: the keyboard straight back on the control the
   * person was on, so the scene never falls back to its first control meanwhile.
   */
  public void keepFocus() {
    focusAtStart.map(id -> find(centre, id)).ifPresent(Node::requestFocus);
  }

  public Parent root() {
    return root;
  }

  public ReadOnlyStringProperty title() {
    return title;
  }

  private void watchActivity() {
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE || (e.isAltDown() && e.getCode() == KeyCode.F4)) {
            e.consume();
            vm.activity();
            return;
          }
          if (e.getCode() == KeyCode.K && e.isControlDown() && e.isAltDown()) {
            e.consume();
            vm.openStaffPage();
            return;
          }
          vm.activity();
          if (e.getCode() == KeyCode.SHIFT) {
            vm.shiftPressed();
          }
        });
    root.addEventFilter(KeyEvent.KEY_TYPED, e -> vm.activity());
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.activity());
    root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> vm.activity());
    root.addEventFilter(ScrollEvent.SCROLL, e -> vm.activity());
  }

  private void showPage() {
    KioskViewModel.Page page = vm.page.get();
    boolean quickExitShown =
        page != KioskViewModel.Page.NEUTRAL && page != KioskViewModel.Page.STAFF;
    frame.getTop().setVisible(quickExitShown);
    frame.getTop().setManaged(quickExitShown);
    title.unbind();
    disposeWizard();
    switch (page) {
      case WELCOME -> show(welcome(), words.get("kiosk.title"));
      case REPORT -> report();
      case DONE -> show(done(vm.reference.get()), words.get("done.heading"));
      case NEUTRAL -> show(neutral(), words.get("neutral.title"));
      case STAFF -> show(staff(), words.get("staff.title"));
    }
  }

  private void show(Node content, String pageTitle) {
    title.set(pageTitle);
    ScrollPane scroll = PageScroll.of(content);
    scroll.setPannable(true);
    pageHolder.getChildren().setAll(scroll);
    // A new page starts at its top; a redraw in other words keeps the control the person was on.
    Optional<String> keep = keepFocusOn;
    keepFocusOn = Optional.empty();
    Platform.runLater(
        () ->
            keep.flatMap(id -> Optional.ofNullable(find(centre, id)))
                .orElse(content)
                .requestFocus());
  }

  private VBox page(String id) {
    VBox page = new VBox();
    page.setId(id);
    page.getStyleClass().add("kiosk-page");
    return page;
  }

  private Label text(String key, Object... args) {
    Label label = new Label(words.get(key, args));
    label.setWrapText(true);
    label.getStyleClass().add("body");
    return label;
  }

  private Label heading(String key) {
    Label label = text(key);
    label.getStyleClass().setAll("label", "heading");
    label.setId("heading");
    return label;
  }

  private Label subheading(String key) {
    Label label = text(key);
    label.getStyleClass().setAll("label", "subheading");
    return label;
  }

  private Button button(String id, String key, String style, Runnable action) {
    Button button = new Button(words.get(key));
    button.setId(id);
    button.getStyleClass().add(style);
    button.setWrapText(true);
    button.setOnAction(e -> action.run());
    return button;
  }

  private Node welcome() {
    VBox page = page("kiosk-welcome");
    Label emergency = text("welcome.emergency");
    emergency.getStyleClass().add("emergency");
    emergency.setId("emergency");

    FlowPane languages = new FlowPane();
    languages.getStyleClass().add("choices");
    for (Locale locale : vm.languages()) {
      // Each language's name in that language, as a speaker looks for it.
      String name = Languages.nativeName(locale);
      Button choice = choice("language-" + locale.getLanguage(), name, PICTURES.get("language"));
      choice.setNodeOrientation(Languages.orientation(locale));
      mark(choice, name, locale.equals(vm.language.get()));
      choice.setOnAction(e -> vm.chooseLanguage(locale));
      languages.getChildren().add(choice);
    }
    FlowPane modes = new FlowPane();
    modes.getStyleClass().add("choices");
    DisplayMode now = vm.mode.get();
    for (DisplayMode mode :
        List.of(DisplayMode.STANDARD, DisplayMode.EASY_READ, DisplayMode.LARGE_TEXT)) {
      String id = "mode-" + modeCode(mode);
      String name = words.get("welcome.mode." + modeCode(mode));
      Button choice = choice(id, name, PICTURES.get(id));
      boolean chosen =
          mode.easyRead() ? now.easyRead() : mode.largeText() ? now.largeText() : now.equals(mode);
      mark(choice, name, chosen);
      choice.setOnAction(e -> vm.chooseMode(mode));
      modes.getChildren().add(choice);
    }
    Button start = button("start-report", "welcome.start", "primary", vm::startReport);
    start.getStyleClass().add("big");
    Label timeout = text("welcome.timeout", vm.idleMinutes());
    timeout.setId("timeout-line");
    page.getChildren()
        .addAll(
            heading("welcome.heading"),
            emergency,
            text("welcome.about"),
            group(subheading("welcome.language.heading"), languages),
            group(subheading("welcome.mode.heading"), modes),
            start,
            timeout,
            subheading("welcome.leave.heading"),
            text("welcome.leave.body"));
    return page;
  }

  private static Node group(Node heading, Node choices) {
    VBox group = new VBox(heading, choices);
    group.getStyleClass().add("choice-group");
    return group;
  }

  static String modeCode(DisplayMode mode) {
    return mode.easyRead() ? "easy-read" : mode.largeText() ? "large-text" : "standard";
  }

  /** A big picture button; its words are its name, so the picture is decoration. */
  private Button choice(String id, String name, String picture) {
    Button choice = new Button(name);
    choice.setId(id);
    choice.getStyleClass().add("choice");
    choice.setWrapText(true);
    pictograms.named(picture).ifPresent(p -> choice.setGraphic(pictograms.view(p, true)));
    return choice;
  }

  private void mark(Button choice, String name, boolean chosen) {
    if (chosen) {
      choice.getStyleClass().add("chosen");
      choice.setAccessibleText(words.get("welcome.mode.selected", name));
    } else {
      choice.setAccessibleText(name);
    }
  }

  private void report() {
    KioskViewModel.Visit visit = vm.visit.get();
    if (visit == null) {
      // The visit was just wiped; the next page is on its way.
      pageHolder.getChildren().clear();
      return;
    }
    Messages text = vm.wizardText();
    WizardView wizard =
        new WizardView(
            new Form(text), visit.wizard(), new Steps(text, clock), vm::toWelcome, r -> {});
    wizardView = wizard;
    // A kiosk keeps no drafts for later: there is no coming back to a public PC's report.
    Node saveAndExit = find(wizard.root(), "save-exit");
    if (saveAndExit != null) {
      saveAndExit.setVisible(false);
      saveAndExit.setManaged(false);
    }
    // A finger drags the page up and down: a touchscreen has no scroll wheel.
    for (Node scroll : wizard.root().lookupAll(".scroll-pane")) {
      ((ScrollPane) scroll).setPannable(true);
    }
    pageHolder.getChildren().setAll(wizard.root());
    title.bind(wizard.title());
  }

  private static boolean isInside(Node node, Node parent) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == parent) {
        return true;
      }
    }
    return false;
  }

  /** Like lookup, but also inside a scroll pane whose skin is not made yet. */
  private static Node find(Node node, String id) {
    if (id.equals(node.getId())) {
      return node;
    }
    java.util.List<Node> children = new java.util.ArrayList<>();
    if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
      children.add(scroll.getContent());
    } else if (node instanceof Parent parent) {
      children.addAll(parent.getChildrenUnmodifiable());
    }
    for (Node child : children) {
      Node found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Node done(Reference reference) {
    VBox page = page("kiosk-done");
    Label number = new Label(reference.toString());
    number.setId("reference");
    number.getStyleClass().add("kiosk-reference");
    number.setFocusTraversable(true);
    number.setAccessibleText(
        words.get("done.referenceLabel") + " " + String.join(" ", reference.toString().split("")));
    Label label = text("done.referenceLabel");
    VBox panel = new VBox(heading("done.heading"), label, number);
    panel.getStyleClass().add("panel");
    VBox support = new VBox();
    support.setId("support-numbers");
    for (String line : supportLines()) {
      Label l = new Label(line);
      l.setWrapText(true);
      l.getStyleClass().addAll("body", "support-line");
      support.getChildren().add(l);
    }
    printResult.setText("");
    printResult.setId("print-result");
    printResult.setWrapText(true);
    printResult.getStyleClass().add("body");
    Button print =
        button(
            "print-receipt",
            "done.print",
            "secondary",
            () ->
                printResult.setText(
                    words.get(
                        printer.print(receipt(reference)) ? "done.printed" : "done.noPrinter")));
    Label clears = text("done.clears");
    clears.setId("clears-line");
    HBox buttons = new HBox(print, button("finish", "done.finish", "primary", vm::toWelcome));
    buttons.getStyleClass().add("button-row");
    page.getChildren()
        .addAll(
            panel,
            subheading("done.next.heading"),
            text("done.next.body"),
            subheading("done.support.heading"),
            support,
            buttons,
            printResult,
            clears);
    Platform.runLater(number::requestFocus);
    return page;
  }

  private java.util.List<String> supportLines() {
    return KioskReceipt.supportLines(words, numbers.get());
  }

  private Node receipt(Reference reference) {
    return KioskReceipt.build(words, numbers.get(), reference, centreName, LocalZone.today(clock));
  }

  private Node neutral() {
    VBox page = page("kiosk-neutral");
    page.getChildren()
        .addAll(
            heading("neutral.heading"),
            text("neutral.body"),
            button("neutral-start", "neutral.start", "secondary", vm::toWelcome));
    return page;
  }

  private Node staff() {
    VBox page = page("kiosk-staff");
    TextField user = new TextField();
    user.setId("staff-user");
    user.setAccessibleText(words.get("staff.user"));
    PasswordField password = new PasswordField();
    password.setId("staff-password");
    password.setAccessibleText(words.get("staff.password"));
    Label userLabel = text("staff.user");
    userLabel.setLabelFor(user);
    Label passwordLabel = text("staff.password");
    passwordLabel.setLabelFor(password);
    Label error = new Label();
    error.setId("staff-error");
    error.getStyleClass().add("error-message");
    error.setWrapText(true);
    error.textProperty().bind(vm.staffError);
    Button leave =
        button(
            "staff-leave",
            "staff.leave",
            "primary",
            () -> {
              char[] typed = password.getText().toCharArray();
              password.clear();
              vm.staffLeave(user.getText(), typed, words.get("staff.wrong"));
            });
    leave.disableProperty().bind(vm.staffBusy);
    leave.setDefaultButton(true);
    HBox buttons =
        new HBox(leave, button("staff-cancel", "staff.cancel", "secondary", vm::cancelStaff));
    buttons.getStyleClass().add("button-row");
    page.getChildren()
        .addAll(heading("staff.heading"), error, userLabel, user, passwordLabel, password, buttons);
    Platform.runLater(user::requestFocus);
    return page;
  }

  private Node warning(Button more) {
    Label seconds = new Label();
    seconds.setId("countdown");
    seconds.getStyleClass().add("countdown");
    seconds
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> words.get("warning.seconds", vm.secondsLeft.get()), vm.secondsLeft));
    more.getStyleClass().add("big");
    Label body = text("warning.body");
    // Never shortened with "…": as many lines as the words need (Urdu at large text needs three).
    body.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(heading("warning.heading"), body, seconds, more);
    box.setId("kiosk-warning");
    // As tall as its words need at the width it has (at large text they wrap onto more lines).
    box.setMaxHeight(Region.USE_PREF_SIZE);
    box.getStyleClass().add("kiosk-warning");
    StackPane shade = new StackPane(box);
    shade.getStyleClass().add("kiosk-warning-shade");
    shade.visibleProperty().bind(vm.warning);
    // A click on the shade is activity too (the filter on the root sees it); it goes no further.
    shade.addEventHandler(MouseEvent.MOUSE_PRESSED, Event::consume);
    return shade;
  }
}
