package org.reportingcentre.spoc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.protocol.ReferralItem;
import org.reportingcentre.protocol.ReferralResult;
import org.reportingcentre.protocol.ReferralRules;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;

/**
 * Takes in the referrals of one request from one centre, each on its own. A referral is stored only
 * when the SPOC holds its report from the same centre and that report records the consent the
 * service needs ({@link ReferralRules}): the SPOC checks this itself rather than trust the centre.
 */
public final class ReferralIntake {
  private static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  private static final int MAX_USER = 100;

  private final SpocStore store;
  private final ExchangeFormat format;
  private final Secrets secrets;
  private final Clock clock;

  public ReferralIntake(SpocStore store, ExchangeFormat format, Secrets secrets, Clock clock) {
    this.store = store;
    this.format = format;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The answer for each referral, in order. */
  public List<ReferralResult> take(String centreCode, List<ReferralItem> referrals) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<ReferralResult> results = new ArrayList<>(referrals.size());
    for (int index = 0; index < referrals.size(); index++) {
      results.add(takeOne(centreCode, index, referrals.get(index), now));
    }
    return results;
  }

  private ReferralResult takeOne(String centreCode, int index, ReferralItem item, Instant now) {
    List<Problem> problems = fieldProblems(item);
    if (!problems.isEmpty()) {
      return new ReferralResult.Rejected(index, item.referralId(), problems);
    }
    Optional<SpocStore.StoredReport> report =
        store.report(item.reportId()).filter(r -> r.centreCode().equals(centreCode));
    if (report.isEmpty()) {
      return reportNotHeld(index, item);
    }
    if (!report.get().reference().equals(item.reference())) {
      return new ReferralResult.Rejected(
          index,
          item.referralId(),
          List.of(
              new Problem(
                  "reference",
                  "The SPOC holds this report under reference "
                      + report.get().reference()
                      + ", not "
                      + item.reference()
                      + ". Nothing was stored.")));
    }
    if (!consented(report.get(), item.consent())) {
      return new ReferralResult.Rejected(
          index,
          item.referralId(),
          List.of(
              new Problem(
                  "consent",
                  "The report the SPOC holds does not record that the person agreed to be"
                      + " referred ("
                      + item.consent().code()
                      + "). Nothing was stored. A referral needs the person's consent.")));
    }
    SpocStore.ReferralIngest ingest =
        store.recordReferral(
            new SpocStore.IncomingReferral(
                item.referralId(),
                item.reportId(),
                centreCode,
                item.serviceId(),
                item.consent().code(),
                item.madeAt(),
                item.madeBy(),
                contentHash(item),
                new SpocStore.Receipt(secrets.newReceiptId(), now)));
    if (ingest instanceof SpocStore.ReferralIngest.Stored stored) {
      return new ReferralResult.Accepted(
          index, item.referralId(), stored.receipt().receiptId(), stored.receipt().receivedAt());
    }
    if (ingest instanceof SpocStore.ReferralIngest.AlreadyStored held) {
      return new ReferralResult.Duplicate(
          index, item.referralId(), held.receipt().receiptId(), held.receipt().receivedAt());
    }
    if (ingest instanceof SpocStore.ReferralIngest.DifferentContent) {
      return new ReferralResult.Conflict(
          index,
          item.referralId(),
          "The SPOC already holds a different referral with this id. Nothing was changed.");
    }
    return reportNotHeld(index, item);
  }

  private static ReferralResult reportNotHeld(int index, ReferralItem item) {
    return new ReferralResult.ReportNotHeld(
        index,
        item.referralId(),
        "The SPOC does not hold report "
            + item.reference()
            + " from this centre yet. Nothing was stored: send the referral again after the"
            + " report.");
  }

  private static List<Problem> fieldProblems(ReferralItem item) {
    List<Problem> problems = new ArrayList<>();
    if (!SERVICE_ID.matcher(item.serviceId()).matches()) {
      problems.add(
          new Problem(
              "serviceId",
              "A service id is 1 to 100 lower-case letters, digits and dashes, as in the"
                  + " directory."));
    } else if (ReferralRules.purposeFor(item.serviceId()) != item.consent()) {
      problems.add(
          new Problem(
              "consent",
              "A referral to "
                  + item.serviceId()
                  + " relies on the consent "
                  + ReferralRules.purposeFor(item.serviceId()).code()
                  + ", not "
                  + item.consent().code()
                  + "."));
    }
    if (item.consent() != ConsentPurpose.VICTIM_SUPPORT
        && item.consent() != ConsentPurpose.OTHER_SERVICES) {
      problems.add(
          new Problem("consent", "A referral relies on victim-support or other-services."));
    }
    if (!isReference(item.reference())) {
      problems.add(new Problem("reference", "This is not a report reference, like TWL-22223A."));
    }
    if (item.madeBy().isBlank() || item.madeBy().length() > MAX_USER) {
      problems.add(new Problem("madeBy", "Say who made the referral, in 1 to 100 characters."));
    }
    return problems;
  }

  private static boolean isReference(String text) {
    try {
      return Reference.parse(text).toString().equals(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean consented(SpocStore.StoredReport stored, ConsentPurpose purpose) {
    try {
      Report report = format.read(stored.reportJson().getBytes(StandardCharsets.UTF_8));
      return ReferralRules.consented(report, purpose);
    } catch (ExchangeFormatException e) {
      // A stored report that cannot be read proves no consent.
      return false;
    }
  }

  /** What makes two sends the same referral: every field, in a fixed order. */
  static String contentHash(ReferralItem item) {
    return Secrets.sha256(
        String.join(
            "\n",
            item.referralId().toString(),
            item.reportId().toString(),
            item.reference(),
            item.serviceId(),
            item.consent().code(),
            item.madeAt().truncatedTo(ChronoUnit.MILLIS).toString(),
            item.madeBy()));
  }
}
