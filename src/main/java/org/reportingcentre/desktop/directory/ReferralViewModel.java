package org.reportingcentre.desktop.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.centre.ReferralService;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.protocol.ReferralRules;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.Referral;
import org.reportingcentre.store.StoreException;

/**
 * Referring the person of one report to the services they agreed to. Only services whose consent
 * the report records are offered; the store refuses any other referral anyway. A referral shows as
 * sent only once the SPOC has answered for it.
 */
public final class ReferralViewModel {
  /** What the screen can show. */
  public enum State {
    LOADING,
    NO_REPORT,
    NO_CONSENT,
    READY
  }

  /** Everything the screen shows, read in one go off the screen's thread. */
  public record Loaded(
      Optional<ReferralService.Consents> consents,
      List<Referral> made,
      List<SupportService> directory) {}

  public final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
  public final ObservableList<SupportService> offered = FXCollections.observableArrayList();
  public final ObservableList<Referral> made = FXCollections.observableArrayList();
  public final StringProperty consentVictimSupport = new SimpleStringProperty("");
  public final StringProperty consentOthers = new SimpleStringProperty("");
  public final StringProperty result = new SimpleStringProperty("");
  public final StringProperty error = new SimpleStringProperty("");

  private final Messages text;
  private final Reference reference;
  private final ReferralService referrals;
  private final Threads threads;
  private final Supplier<DirectorySource.Loaded> directory;
  private final ZoneId zone;

  /**
   * @param referrals the store's referrals for the signed-in user
   * @param directory the directory to offer services from (read in the background)
   */
  public ReferralViewModel(
      Messages text,
      Reference reference,
      ReferralService referrals,
      Threads threads,
      Supplier<DirectorySource.Loaded> directory,
      ZoneId zone) {
    this.text = text;
    this.reference = reference;
    this.referrals = referrals;
    this.threads = threads;
    this.directory = directory;
    this.zone = zone;
  }

  public Reference reference() {
    return reference;
  }

  /** Reads the report's consents, its referrals and the directory in the background. */
  public void load() {
    threads.run(
        () ->
            new Loaded(
                referrals.consents(reference),
                referrals.forReport(reference),
                directory.get().services()),
        this::show,
        failed -> error.set(text.get("referral.failed")));
  }

  /** Shows what was read. */
  public void show(Loaded loaded) {
    made.setAll(loaded.made());
    if (loaded.consents().isEmpty()) {
      offered.clear();
      state.set(State.NO_REPORT);
      return;
    }
    ReferralService.Consents consents = loaded.consents().get();
    consentVictimSupport.set(
        text.get(consents.victimSupport() ? "referral.consent.vs.yes" : "referral.consent.vs.no"));
    consentOthers.set(
        text.get(consents.others() ? "referral.consent.others.yes" : "referral.consent.others.no"));
    Set<String> already =
        loaded.made().stream().map(Referral::serviceId).collect(Collectors.toSet());
    offered.setAll(
        loaded.directory().stream()
            .filter(
                s ->
                    ReferralRules.referralPurpose(s).map(consents::allows).orElse(false)
                        && !already.contains(s.id()))
            .toList());
    state.set(consents.any() ? State.READY : State.NO_CONSENT);
  }

  /** Records a referral to the service, then shows the referrals again. */
  public void refer(SupportService service) {
    error.set("");
    result.set("");
    threads.run(
        () -> referrals.refer(reference, service),
        made -> {
          result.set(text.get("referral.recorded", service.name()));
          load();
        },
        failed ->
            error.set(
                failed instanceof StoreException.BadRequest
                    ? failed.getMessage()
                    : text.get("referral.failed")));
  }

  /** Where a referral is, in words: never "received" without the SPOC's receipt. */
  public String describe(Referral referral) {
    String made =
        text.get(
            "referral.made", referral.serviceName(), when(referral.madeAt()), referral.madeBy());
    if (referral.state() instanceof Referral.State.Sent sent) {
      return made + " " + text.get("referral.state.sent", when(sent.receivedAt()));
    }
    if (referral.state() instanceof Referral.State.NeedsAttention attention) {
      return made + " " + text.get("referral.state.attention", attention.reason());
    }
    return made + " " + text.get("referral.state.waiting");
  }

  private String when(Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(text.locale())
        .withZone(zone)
        .format(instant);
  }
}
