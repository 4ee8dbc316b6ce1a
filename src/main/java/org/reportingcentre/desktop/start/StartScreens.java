package org.reportingcentre.desktop.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Printing;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;

/** The way in: setting the centre up (with its recovery key) the first time, signing in after. */
public final class StartScreens {
  /** What happens around the way in, decided by the app. */
  public interface Host {
    /** A store was made or opened: the app keeps it until Lock and starts sending. */
    void opened(CentreStore store);

    /** Signed in: home, or the kiosk when the app was started for one. */
    void signedIn();

    /** Before sign-in shows: the open store, if any, is closed and its key dropped. */
    void closeStore();

    /** Set-up is done and the recovery key stored. */
    void home();
  }

  private final Navigator nav;
  private final Threads threads;
  private final Path dataFolder;
  private final StoreOptions storeOptions;
  private final Printing printing;
  private final Host host;

  public StartScreens(
      Navigator nav,
      Threads threads,
      Path dataFolder,
      StoreOptions storeOptions,
      Printing printing,
      Host host) {
    this.nav = nav;
    this.threads = threads;
    this.dataFolder = dataFolder;
    this.storeOptions = storeOptions;
    this.printing = printing;
    this.host = host;
  }

  /** The first screen: set-up if there is no store yet, else sign-in. */
  public void start() {
    if (storeExists(dataFolder)) {
      showSignIn(List.of());
    } else {
      showSetUp();
    }
  }

  /**
   * The same test as {@link CentreStore#exists}, on the two file names alone (compile-time
   * constants): calling into CentreStore here would load the logging and database classes before
   * the first screen is drawn, which measured as about half of the start-up time. The launcher
   * loads them in the background right after.
   */
  static boolean storeExists(Path folder) {
    return Files.exists(folder.resolve(KeyRing.FILE_NAME))
        || Files.exists(folder.resolve(CentreStore.DATABASE_NAME + ".mv.db"));
  }

  public void showSetUp() {
    nav.show(new SetUp(new SetUpViewModel(nav.form().text())));
  }

  /** Sign-in, with the store closed first; {@code errors} show over the empty form. */
  public void showSignIn(List<FieldError> errors) {
    nav.stopSpeaking();
    host.closeStore();
    nav.show(new SignIn(new SignInViewModel(nav.form().text()), errors));
  }

  /** The set-up page over its model: a mode or language switch keeps what was typed. */
  private final class SetUp implements Navigator.Screen {
    private final SetUpViewModel vm;

    SetUp(SetUpViewModel vm) {
      this.vm = vm;
    }

    @Override
    public void reword(Form form) {
      vm.useWording(form.text());
    }

    @Override
    public Navigator.Page build(Form form) {
      SetUpView view = new SetUpView(form, vm);
      view.create.setOnAction(e -> create(view));
      return view.page();
    }

    private void create(SetUpView view) {
      List<FieldError> errors = vm.validate();
      view.showErrors(errors);
      if (!errors.isEmpty()) {
        return;
      }
      view.create.setDisable(true);
      char[] password = vm.password.get().toCharArray();
      vm.password.set("");
      vm.confirm.set("");
      threads.run(
          () ->
              CentreStore.create(
                  dataFolder,
                  vm.centreCode.get().strip(),
                  vm.centreName.get().strip(),
                  vm.manager.get().strip(),
                  password,
                  storeOptions),
          created -> {
            Arrays.fill(password, '\0');
            host.opened(created.store());
            String key = created.recoveryKey().display();
            created.recoveryKey().erase();
            nav.show(new RecoveryKey(key, new SimpleBooleanProperty()));
          },
          failed -> {
            Arrays.fill(password, '\0');
            view.create.setDisable(false);
            view.showErrors(List.of(new FieldError("centreCode", plain(failed))));
          });
    }
  }

  /** The recovery key, once; the tick "I have stored it safely" outlives a redraw. */
  private final class RecoveryKey implements Navigator.Screen {
    private final String key;
    private final BooleanProperty stored;

    RecoveryKey(String key, BooleanProperty stored) {
      this.key = key;
      this.stored = stored;
    }

    @Override
    public Navigator.Page build(Form form) {
      RecoveryKeyView view = new RecoveryKeyView(form, key);
      view.stored.bindBidirectional(stored);
      view.print.setOnAction(
          e ->
              view.printResult.setText(
                  nav.form()
                      .text()
                      .get(
                          printing.print(view.root().getContent())
                              ? "recovery.printed"
                              : "recovery.noPrinter")));
      view.next.setOnAction(
          e -> {
            if (!view.stored.get()) {
              view.showErrors(
                  List.of(
                      new FieldError("stored", nav.form().text().get("recovery.error.stored"))));
              return;
            }
            host.home();
          });
      return view.page();
    }
  }

  /** The sign-in page over its model: a mode or language switch keeps what was typed. */
  private final class SignIn implements Navigator.Screen {
    private final SignInViewModel vm;
    private List<FieldError> errors;

    SignIn(SignInViewModel vm, List<FieldError> errors) {
      this.vm = vm;
      this.errors = errors;
    }

    @Override
    public void reword(Form form) {
      vm.useWording(form.text());
    }

    @Override
    public Navigator.Page build(Form form) {
      SignInView view = new SignInView(form, vm, dataFolder.toString());
      view.signIn.setOnAction(e -> signIn(view));
      // The errors it was opened with show once; a redraw in other words starts clear.
      List<FieldError> shown = errors;
      errors = List.of();
      return view.page().whenShown(() -> view.showErrors(shown));
    }

    private void signIn(SignInView view) {
      List<FieldError> problems = vm.validate();
      view.showErrors(problems);
      if (!problems.isEmpty()) {
        return;
      }
      view.signIn.setDisable(true);
      String user = vm.user.get().strip();
      char[] password = vm.takePassword();
      threads.run(
          () -> CentreStore.open(dataFolder, user, password, storeOptions),
          opened -> {
            Arrays.fill(password, '\0');
            host.opened(opened);
            host.signedIn();
          },
          failed -> {
            Arrays.fill(password, '\0');
            view.signIn.setDisable(false);
            String field = failed instanceof StoreException.WrongCredentials ? "password" : "user";
            view.showErrors(List.of(new FieldError(field, plain(failed))));
          });
    }
  }

  private String plain(Exception failed) {
    return failed instanceof StoreException
        ? failed.getMessage()
        : nav.form().text().get("common.unexpected");
  }
}
