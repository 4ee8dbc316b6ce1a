package org.reportingcentre.sample;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentMethod;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.DisabilityStatus;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.FormVariant;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.People;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.WhenApproximately;

/**
 * Makes realistic, entirely fictional reports for a reporting centre in the made-up borough of
 * Townsley: the sample data in {@code sample-data/reports.json}, and as many more as a benchmark
 * needs. The same centre, count and seed always give the same reports, byte for byte.
 *
 * <p>Each report starts from one of the {@link SampleStories}; the rest (who recorded it, when,
 * where, the person's details, consents, what happened next) is chosen with a seeded random source
 * within what a real centre would see.
 */
public final class SampleReports {
  public static final String CENTRE_CODE = "TWL";
  public static final String CENTRE_NAME = "Townsley Library Reporting Centre";

  /** The seed of the sample file. */
  public static final long SEED = 20_260_301L;

  /** Reports are completed between these two moments. */
  public static final Instant FIRST = Instant.parse("2025-09-01T08:00:00Z");

  public static final Instant LAST = Instant.parse("2026-10-31T18:00:00Z");

  /** A clock just after the last report: the sample is valid at this moment. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

  /** The wards of Townsley, all made up. */
  public static final List<String> WARDS =
      List.of(
          "Abbey Fields",
          "Brookside",
          "Castle Moor",
          "Hollins Green",
          "Kingsway",
          "Millbrook",
          "Northgate",
          "St Aidan's",
          "Tanner's Bridge",
          "Westfield Park");

  static final List<String> VOLUNTEERS = List.of("amira", "dwayne", "helen.k", "marek", "priya");

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant NEW_WORDING = Instant.parse("2026-01-12T00:00:00Z");
  private static final List<String> STREETS =
      List.of(
          "Station Road",
          "Chapel Street",
          "Foundry Lane",
          "Maple Close",
          "Orchard Way",
          "Victoria Parade",
          "Canal Walk",
          "Coronation Avenue",
          "Lime Kiln Road",
          "Ashgrove Terrace",
          "Mill Lane",
          "Rowan Drive");
  private static final List<String> SAFE_TIMES =
      List.of(
          "Weekdays after 6pm",
          "Any time",
          "Mornings before 10",
          "Not between 3 and 5, that's the school run",
          "Evenings, not weekends",
          "Daytime, when my husband is at work",
          "Lunchtimes, 12 to 2");

  private SampleReports() {}

  /** The reports of {@code sample-data/reports.json}: one for each story. */
  public static List<Report> sample() {
    return generate(CENTRE_CODE, sampleSize(), SEED);
  }

  /** How many reports the sample file holds. */
  public static int sampleSize() {
    return SampleStories.all().size();
  }

  /**
   * {@code count} reports for {@code centreCode}, references from 1 up in the order they were
   * completed, all between {@link #FIRST} and {@link #LAST}. With at least as many reports as
   * stories, every motivation strand, incident type and reporter role appears.
   */
  public static List<Report> generate(String centreCode, int count, long seed) {
    if (!Reference.isValidCentreCode(centreCode)) {
      throw new IllegalArgumentException("A centre code is 2 to 6 capital letters, like TWL.");
    }
    return new Generator(centreCode, new Random(seed)).make(count);
  }

  /** One run: its random source and the people met so far, so repeat victims stay the same. */
  private static final class Generator {
    private final String centre;
    private final Random random;
    private final Map<String, Victim> victimsByKey = new HashMap<>();
    private final Map<String, String> wardsByKey = new HashMap<>();

    Generator(String centre, Random random) {
      this.centre = centre;
      this.random = random;
    }

    List<Report> make(int count) {
      List<Story> order = storyOrder(count);
      List<Instant> completions = completionTimes(count);
      List<Report> reports = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        reports.add(report(order.get(i), new Reference(centre, i + 1), completions.get(i)));
      }
      return reports;
    }

    /** Every story once per round, shuffled, with a repeat report after the first one. */
    private List<Story> storyOrder(int count) {
      List<Story> stories = SampleStories.all();
      List<Story> order = new ArrayList<>(count);
      while (order.size() < count) {
        List<Story> round = new ArrayList<>(stories);
        Collections.shuffle(round, random);
        for (int i = 0; i < round.size(); i++) {
          String first = round.get(i).sameVictimAs;
          if (first == null) {
            continue;
          }
          for (int j = i + 1; j < round.size(); j++) {
            if (first.equals(round.get(j).key)) {
              Collections.swap(round, i, j);
              break;
            }
          }
        }
        order.addAll(round);
      }
      return order.subList(0, count);
    }

    /** Opening hours of a library: Monday to Saturday, 9.30 to 7 in the evening, UK time. */
    private List<Instant> completionTimes(int count) {
      LocalDate firstDay = FIRST.atZone(LONDON).toLocalDate();
      long days = ChronoUnit.DAYS.between(firstDay, LAST.atZone(LONDON).toLocalDate());
      List<Instant> times = new ArrayList<>(count);
      while (times.size() < count) {
        LocalDate day = firstDay.plusDays(random.nextInt((int) days));
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        LocalTime time = LocalTime.of(9, 30).plusMinutes(random.nextInt(570));
        Instant at = ZonedDateTime.of(day, time, LONDON).toInstant();
        if (!at.isBefore(FIRST) && !at.isAfter(LAST)) {
          times.add(at);
        }
      }
      Collections.sort(times);
      return times;
    }

    private Report report(Story story, Reference reference, Instant completed) {
      Channel channel = channel(story);
      String recordedBy = channel == Channel.KIOSK ? ReportMeta.KIOSK_USER : pick(VOLUNTEERS);
      Victim repeat = story.sameVictimAs == null ? null : victimsByKey.get(story.sameVictimAs);
      boolean anonymous =
          repeat == null
              && (story.anonymous != null ? story.anonymous : chooseAnonymous(story, channel));
      Instant created = completed.minus(duration(channel));
      FormVariant variant =
          story.easyRead || (story.needs.easyRead() && channel != Channel.PHONE)
              ? FormVariant.EASY_READ
              : channel == Channel.KIOSK && chance(0.15)
                  ? FormVariant.EASY_READ
                  : FormVariant.STANDARD;

      Optional<Victim> victim = Optional.ofNullable(repeat);
      if (repeat == null) {
        victim = victim(story, anonymous);
      }
      String ward = ward(story, repeat != null);
      if (story.key != null && victim.isPresent() && victim.get().name().isPresent()) {
        victimsByKey.put(story.key, victim.get());
        wardsByKey.put(story.key, ward);
      }

      ReportMeta meta =
          new ReportMeta(
              uuid(),
              reference,
              centre,
              recordedBy,
              channel,
              variant,
              story.language,
              created,
              Optional.of(completed),
              1);
      Reporter reporter =
          new Reporter(story.role, Optional.ofNullable(story.relationship), anonymous);
      Incident incident =
          new Incident(
              story.description,
              Optional.ofNullable(story.hateIndicators),
              story.motivations,
              Optional.ofNullable(story.otherMotivation),
              story.types,
              Optional.ofNullable(story.otherType),
              when(story, channel, completed),
              story.stillHappening,
              location(story, victim, anonymous, ward),
              story.injured,
              story.damageOrLoss,
              story.evidence,
              Optional.ofNullable(story.evidenceNotes));
      People people = new People(victim, story.offenders, story.witnesses);
      List<Consent> consents = consents(story, victim, anonymous, channel, recordedBy, completed);
      Report report =
          new Report(
              meta,
              reporter,
              incident,
              people,
              story.history,
              consents,
              story.needs,
              List.of(),
              Optional.empty());
      return outcome(report, completed).map(report::withOutcome).orElse(report);
    }

    private Channel channel(Story story) {
      return switch (story.way) {
        case KIOSK -> Channel.KIOSK;
        case IN_PERSON -> Channel.IN_PERSON;
        case PHONE -> Channel.PHONE;
        case ANY -> {
          // About a third on the kiosk, most with a volunteer, a few by phone or email.
          double roll = random.nextDouble();
          yield roll < 0.32
              ? Channel.KIOSK
              : roll < 0.9 ? Channel.IN_PERSON : roll < 0.96 ? Channel.PHONE : Channel.POST_EMAIL;
        }
      };
    }

    private boolean chooseAnonymous(Story story, Channel channel) {
      if (story.key != null || story.sameVictimAs != null) {
        return false; // someone who comes back is someone who gave their name
      }
      if (story.role == ReporterRole.WITNESS) {
        return chance(0.4);
      }
      return chance(channel == Channel.KIOSK ? 0.45 : 0.12);
    }

    private Duration duration(Channel channel) {
      return switch (channel) {
        case KIOSK -> Duration.ofSeconds(240 + random.nextInt(600));
        case IN_PERSON -> Duration.ofSeconds(720 + random.nextInt(2_000));
        case PHONE -> Duration.ofSeconds(600 + random.nextInt(1_200));
        case POST_EMAIL -> Duration.ofSeconds(300 + random.nextInt(600));
      };
    }

    /** The person it happened to: a witness rarely knows them; anonymous means no name. */
    private Optional<Victim> victim(Story story, boolean anonymous) {
      if (story.role == ReporterRole.WITNESS || story.names.isEmpty() && !anonymous) {
        return Optional.empty();
      }
      if (anonymous) {
        if (story.names.isEmpty() || chance(0.5)) {
          return Optional.empty();
        }
        return Optional.of(
            new Victim(Optional.empty(), ContactDetails.none(), ageBand(story), equality(story)));
      }
      String name = pick(story.names);
      // A child's contact, and often an adult's, goes through the person who reported for them.
      boolean throughReporter =
          story.role == ReporterRole.ON_BEHALF
              && (story.ageBand == AgeBand.UNDER_16 || chance(0.5));
      ContactDetails contact = throughReporter ? ContactDetails.none() : contact(name);
      return Optional.of(new Victim(Optional.of(name), contact, ageBand(story), equality(story)));
    }

    private ContactDetails contact(String name) {
      Optional<String> phone =
          chance(0.85)
              ? Optional.of(String.format("07700 900%03d", random.nextInt(1000)))
              : Optional.empty();
      Optional<String> email =
          chance(phone.isEmpty() ? 0.7 : 0.35) ? Optional.of(email(name)) : Optional.empty();
      Optional<String> address =
          chance(0.3)
              ? Optional.of((1 + random.nextInt(120)) + " " + pick(STREETS) + ", Townsley")
              : Optional.empty();
      Optional<String> postcode =
          address.isPresent() || chance(0.3) ? Optional.of(postcode()) : Optional.empty();
      return new ContactDetails(phone, email, address, postcode);
    }

    private static String email(String name) {
      String ascii =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replace("ł", "l")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z ]", "");
      return String.join(".", ascii.strip().split(" +")) + "@example.org";
    }

    /** A postcode in a form no real one has: the area ZZ does not exist. */
    private String postcode() {
      String letters = "ABDEFGHJLNPQRSTUWXYZ";
      return "ZZ"
          + (1 + random.nextInt(9))
          + " "
          + random.nextInt(10)
          + letters.charAt(random.nextInt(letters.length()))
          + letters.charAt(random.nextInt(letters.length()));
    }

    private Optional<AgeBand> ageBand(Story story) {
      if (story.ageBand == null || chance(0.1)) {
        return chance(0.5) ? Optional.of(AgeBand.PREFER_NOT_TO_SAY) : Optional.empty();
      }
      return Optional.of(story.ageBand);
    }

    /** Equality monitoring as people answer it: often skipped, sometimes "prefer not to say". */
    private EqualityMonitoring equality(Story story) {
      if (chance(0.2)) {
        return EqualityMonitoring.notAsked();
      }
      boolean child = story.ageBand == AgeBand.UNDER_16 || story.ageBand == AgeBand.AGE_16_17;
      return new EqualityMonitoring(
          answer(story.gender, Gender.PREFER_NOT_TO_SAY),
          answer(
              story.trans
                  ? TransHistory.DIFFERENT_FROM_BIRTH
                  : !child && chance(0.7) ? TransHistory.SAME_AS_BIRTH : null,
              TransHistory.PREFER_NOT_TO_SAY),
          answer(story.ethnicity, Ethnicity.PREFER_NOT_TO_SAY),
          answer(story.religion, Religion.PREFER_NOT_TO_SAY),
          answer(
              story.orientation != null
                  ? story.orientation
                  : !child && chance(0.6) ? SexualOrientation.HETEROSEXUAL : null,
              SexualOrientation.PREFER_NOT_TO_SAY),
          answer(
              story.disabled ? DisabilityStatus.YES : chance(0.7) ? DisabilityStatus.NO : null,
              DisabilityStatus.PREFER_NOT_TO_SAY));
    }

    private <T> Optional<T> answer(T likely, T preferNotToSay) {
      double roll = random.nextDouble();
      if (roll < 0.1) {
        return Optional.of(preferNotToSay);
      }
      if (likely == null || roll < 0.18) {
        return Optional.empty();
      }
      return Optional.of(likely);
    }

    private String ward(Story story, boolean repeat) {
      if (repeat && wardsByKey.containsKey(story.sameVictimAs)) {
        return wardsByKey.get(story.sameVictimAs);
      }
      if (story.ward != null) {
        return story.ward;
      }
      String text = story.description + " " + story.address + " " + story.otherPlace;
      for (String ward : WARDS) {
        if (text.contains(ward)) {
          return ward;
        }
      }
      return chance(0.9) ? pick(WARDS) : null;
    }

    private IncidentDate when(Story story, Channel channel, Instant completed) {
      LocalDateTime reported = completed.atZone(LONDON).toLocalDateTime();
      int daysBefore;
      double roll = random.nextDouble();
      if (story.stillHappening == Answer.YES || roll < 0.4) {
        daysBefore = roll < 0.2 ? 0 : random.nextInt(4);
      } else if (roll < 0.6) {
        daysBefore = 1;
      } else if (roll < 0.85) {
        daysBefore = 2 + random.nextInt(6);
      } else {
        daysBefore = 8 + random.nextInt(23);
      }
      if (story.vaguely != null) {
        return IncidentDate.about(story.vaguely);
      }
      boolean vague = (channel == Channel.KIOSK || story.easyRead) && chance(0.35);
      if (vague) {
        WhenApproximately approximately =
            chance(0.05)
                ? WhenApproximately.NOT_SURE
                : daysBefore == 0
                    ? WhenApproximately.TODAY
                    : daysBefore == 1
                        ? WhenApproximately.YESTERDAY
                        : daysBefore < 7 ? WhenApproximately.THIS_WEEK : WhenApproximately.EARLIER;
        return IncidentDate.about(approximately);
      }
      LocalDate date = reported.toLocalDate().minusDays(daysBefore);
      Optional<LocalTime> time = Optional.empty();
      int[] hours = likelyHours(story.place);
      int latest = daysBefore == 0 ? Math.min(hours[1], reported.getHour() - 1) : hours[1];
      if (latest >= hours[0] && chance(0.6)) {
        int hour = hours[0] + random.nextInt(latest - hours[0] + 1);
        time = Optional.of(LocalTime.of(hour, 5 * random.nextInt(12)));
      }
      return new IncidentDate(Optional.of(date), Optional.empty(), time);
    }

    /** The first and last hour something is likely to happen at a kind of place. */
    private static int[] likelyHours(LocationType place) {
      return switch (place) {
        case SCHOOL_COLLEGE -> new int[] {8, 15};
        case WORK, SHOP -> new int[] {8, 19};
        case PUB_RESTAURANT -> new int[] {17, 23};
        case PLACE_OF_WORSHIP -> new int[] {9, 20};
        default -> new int[] {7, 23};
      };
    }

    private Location location(
        Story story, Optional<Victim> victim, boolean anonymous, String ward) {
      if (story.place == LocationType.ONLINE) {
        return new Location(
            LocationType.ONLINE,
            Optional.ofNullable(story.platform),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
      }
      Optional<String> address = Optional.ofNullable(story.address);
      Optional<String> postcode = Optional.empty();
      if (story.place == LocationType.HOME && address.isEmpty() && !anonymous) {
        ContactDetails contact = victim.map(Victim::contact).orElse(ContactDetails.none());
        address = contact.address();
        postcode = contact.postcode();
      } else if (!anonymous && chance(0.25)) {
        postcode = Optional.of(postcode());
      }
      return new Location(
          story.place,
          Optional.empty(),
          Optional.ofNullable(story.otherPlace),
          address,
          postcode,
          Optional.ofNullable(ward));
    }

    private List<Consent> consents(
        Story story,
        Optional<Victim> victim,
        boolean anonymous,
        Channel channel,
        String recordedBy,
        Instant completed) {
      ConsentMethod method =
          switch (channel) {
            case KIOSK -> ConsentMethod.ON_SCREEN;
            case IN_PERSON -> chance(0.7) ? ConsentMethod.VERBAL : ConsentMethod.WRITTEN;
            case PHONE -> ConsentMethod.VERBAL;
            case POST_EMAIL -> ConsentMethod.WRITTEN;
          };
      Instant at = completed.minusSeconds(60 + random.nextInt(120));
      String wording = at.isBefore(NEW_WORDING) ? "consent-2025-09" : "consent-2026-01";
      ContactDetails contact = victim.map(Victim::contact).orElse(ContactDetails.none());
      boolean reachable =
          !anonymous
              && victim.isPresent()
              && (!contact.nothingGiven() || story.role == ReporterRole.ON_BEHALF);

      List<Consent> consents = new ArrayList<>();
      PoliceSharing sharing;
      if (story.noPolice) {
        sharing = PoliceSharing.NOT_AT_ALL;
      } else if (anonymous) {
        sharing = chance(0.6) ? PoliceSharing.WITHOUT_NAME : PoliceSharing.NOT_AT_ALL;
      } else {
        double roll = random.nextDouble();
        sharing =
            roll < 0.45
                ? PoliceSharing.WITH_NAME
                : roll < 0.75 ? PoliceSharing.WITHOUT_NAME : PoliceSharing.NOT_AT_ALL;
      }
      consents.add(
          new Consent(
              ConsentPurpose.SHARE_WITH_POLICE,
              sharing != PoliceSharing.NOT_AT_ALL,
              Optional.of(sharing),
              Optional.empty(),
              method,
              at,
              recordedBy,
              wording));
      if (reachable || chance(0.5)) {
        consents.add(
            simple(
                ConsentPurpose.VICTIM_SUPPORT,
                reachable && chance(0.6),
                method,
                at,
                recordedBy,
                wording));
        consents.add(
            simple(
                ConsentPurpose.OTHER_SERVICES,
                reachable && chance(0.4),
                method,
                at,
                recordedBy,
                wording));
      }
      if (reachable && chance(0.8)) {
        consents.add(
            new Consent(
                ConsentPurpose.CONTACT_BACK,
                true,
                Optional.empty(),
                Optional.of(contactPreferences(story, contact)),
                method,
                at,
                recordedBy,
                wording));
      } else if (!anonymous || chance(0.5)) {
        consents.add(simple(ConsentPurpose.CONTACT_BACK, false, method, at, recordedBy, wording));
      }
      return consents;
    }

    private static Consent simple(
        ConsentPurpose purpose,
        boolean granted,
        ConsentMethod method,
        Instant at,
        String recordedBy,
        String wording) {
      return new Consent(
          purpose, granted, Optional.empty(), Optional.empty(), method, at, recordedBy, wording);
    }

    private ContactPreferences contactPreferences(Story story, ContactDetails contact) {
      ContactMethod method;
      if (contact.phone().isPresent()) {
        method = chance(0.5) ? ContactMethod.PHONE : ContactMethod.TEXT;
      } else if (contact.email().isPresent()) {
        method = ContactMethod.EMAIL;
      } else if (contact.address().isPresent()) {
        method = ContactMethod.POST;
      } else {
        method = ContactMethod.PHONE; // through the person who reported it
      }
      Optional<String> trusted = Optional.empty();
      if (story.role == ReporterRole.ON_BEHALF) {
        trusted =
            Optional.of(
                story.relationship
                    + " (who reported it), on "
                    + String.format("07700 900%03d", random.nextInt(1000)));
      }
      return new ContactPreferences(
          method,
          chance(0.75) ? Optional.of(pick(SAFE_TIMES)) : Optional.empty(),
          chance(0.6),
          trusted);
    }

    /** What the single point of contact did, for reports old enough to have heard back. */
    private Optional<Outcome> outcome(Report report, Instant completed) {
      if (completed.isAfter(LAST.minus(Duration.ofDays(21))) || !chance(0.65)) {
        return Optional.empty();
      }
      boolean police =
          report.consent(ConsentPurpose.SHARE_WITH_POLICE).map(Consent::granted).orElse(false);
      boolean referral =
          report.consent(ConsentPurpose.VICTIM_SUPPORT).map(Consent::granted).orElse(false)
              || report.consent(ConsentPurpose.OTHER_SERVICES).map(Consent::granted).orElse(false);
      boolean reply =
          report.consent(ConsentPurpose.CONTACT_BACK).map(Consent::granted).orElse(false);
      Instant updated = officeHoursAfter(completed, 1 + random.nextInt(40));
      double roll = random.nextDouble();
      OutcomeStatus status;
      if (roll < 0.1) {
        status = OutcomeStatus.RECEIVED;
      } else if (roll < 0.25) {
        status = OutcomeStatus.UNDER_REVIEW;
      } else if (roll < 0.45 && police) {
        status = OutcomeStatus.PASSED_TO_POLICE;
      } else if (roll < 0.65 && referral) {
        status = OutcomeStatus.REFERRED;
      } else if (roll < 0.8) {
        status = OutcomeStatus.ACTION_TAKEN;
      } else {
        status = OutcomeStatus.CLOSED;
      }
      List<String> actions = new ArrayList<>();
      List<String> referrals = new ArrayList<>();
      switch (status) {
        case RECEIVED -> {}
        case UNDER_REVIEW -> actions.add("Read by the hate crime coordinator");
        case PASSED_TO_POLICE -> {
          actions.add("Passed to the neighbourhood policing team");
          if (chance(0.5)) {
            actions.add("Officer visited the victim");
          }
        }
        case REFERRED -> {
          referrals.add(referral(report));
          actions.add("Referral made with the person's consent");
        }
        case ACTION_TAKEN -> actions.add(action(report));
        case CLOSED -> {
          actions.add(action(report));
          actions.add("Case reviewed and closed");
        }
      }
      Optional<LocalDate> closedOn =
          status == OutcomeStatus.CLOSED
              ? Optional.of(updated.atZone(LONDON).toLocalDate())
              : Optional.empty();
      Optional<String> message =
          reply && status != OutcomeStatus.RECEIVED
              ? Optional.of(messageForVictim(status))
              : Optional.empty();
      return Optional.of(new Outcome(status, actions, referrals, closedOn, message, updated));
    }

    /** A weekday at the single point of contact, some days after {@code from}, never after LAST. */
    private Instant officeHoursAfter(Instant from, int days) {
      LocalDate day = from.atZone(LONDON).toLocalDate().plusDays(days);
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(480));
      Instant at = ZonedDateTime.of(day, time, LONDON).toInstant();
      return at.isAfter(LAST) ? LAST : at;
    }

    private String referral(Report report) {
      boolean supportGranted =
          report.consent(ConsentPurpose.VICTIM_SUPPORT).map(Consent::granted).orElse(false);
      if (supportGranted) {
        return "Victim Support";
      }
      var strands = report.incident().motivations();
      if (strands.contains(MotivationStrand.SEXUAL_ORIENTATION)
          || strands.contains(MotivationStrand.TRANSGENDER)) {
        return "Townsley LGBT+ Switchboard";
      }
      if (strands.contains(MotivationStrand.DISABILITY)) {
        return "Townsley Advocacy Service";
      }
      if (strands.contains(MotivationStrand.AGE)) {
        return "Age Concern Townsley";
      }
      return "Townsley Interfaith and Community Forum";
    }

    private String action(Report report) {
      var types = report.incident().types();
      if (types.contains(IncidentType.GRAFFITI)) {
        return "Graffiti removed by the council within 24 hours";
      }
      if (report.incident().location().type() == LocationType.HOME) {
        return "Housing officer visited and spoke to the neighbour";
      }
      if (report.incident().location().type() == LocationType.SCHOOL_COLLEGE) {
        return "Safeguarding lead met the family";
      }
      if (types.contains(IncidentType.ONLINE_ABUSE)) {
        return "Posts reported to the platform and taken down";
      }
      return "Extra patrols in the area for two weeks";
    }

    private String messageForVictim(OutcomeStatus status) {
      return switch (status) {
        case UNDER_REVIEW -> "We have your report and are looking at what can be done.";
        case PASSED_TO_POLICE ->
            "Your report has gone to the local police team. An officer will contact you.";
        case REFERRED -> "We have asked a support service to get in touch with you.";
        case ACTION_TAKEN -> "Thank you for telling us. Action has been taken; see the details.";
        default -> "Thank you for reporting. We have closed this case. Come back any time.";
      };
    }

    private UUID uuid() {
      long high = (random.nextLong() & ~0xF000L) | 0x4000L;
      long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
      return new UUID(high, low);
    }

    private <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }
  }
}
