package org.reportingcentre.sample;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.EvidenceKind;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.History;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Needs;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.WhenApproximately;
import org.reportingcentre.report.Witness;

/**
 * One incident as a person told it, with what the code lists make of it. {@link SampleReports} adds
 * the rest: who recorded it, when, where in the borough, the person's details and consents.
 */
final class Story {
  /** How the report reached the centre, when the story decides it. */
  enum Way {
    ANY,
    KIOSK,
    IN_PERSON,
    PHONE
  }

  final ReporterRole role;
  final String description;
  String hateIndicators;
  final Set<MotivationStrand> motivations = EnumSet.noneOf(MotivationStrand.class);
  String otherMotivation;
  final Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
  String otherType;
  LocationType place = LocationType.STREET;
  String platform;
  String otherPlace;
  String address;
  String ward;
  Answer injured = Answer.NO;
  Answer damageOrLoss = Answer.NO;
  Answer stillHappening = Answer.NO;
  final Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);
  String evidenceNotes;
  Offenders offenders = Offenders.unknown();
  final List<Witness> witnesses = new ArrayList<>();
  History history = new History(Answer.NO, Answer.NO, Optional.empty());
  String relationship;
  Boolean anonymous;
  Way way = Way.ANY;
  boolean easyRead;
  String language = "en";
  Needs needs = Needs.none();
  final List<String> names = new ArrayList<>();
  String sameVictimAs;
  String key;
  Gender gender;
  Ethnicity ethnicity;
  Religion religion;
  AgeBand ageBand;
  SexualOrientation orientation;
  boolean disabled;
  boolean trans;
  boolean noPolice;
  WhenApproximately vaguely;

  private Story(ReporterRole role, String description) {
    this.role = role;
    this.description = description;
  }

  static Story victim(String description) {
    return new Story(ReporterRole.VICTIM, description);
  }

  static Story witness(String description) {
    return new Story(ReporterRole.WITNESS, description);
  }

  static Story forSomeone(String relationship, String description) {
    Story story = new Story(ReporterRole.ON_BEHALF, description);
    story.relationship = relationship;
    return story;
  }

  Story why(String indicators) {
    hateIndicators = indicators;
    return this;
  }

  Story strands(MotivationStrand... strands) {
    motivations.addAll(List.of(strands));
    return this;
  }

  Story otherReason(String reason) {
    motivations.add(MotivationStrand.OTHER);
    otherMotivation = reason;
    return this;
  }

  Story types(IncidentType... what) {
    types.addAll(List.of(what));
    return this;
  }

  Story otherType(String what) {
    types.add(IncidentType.OTHER);
    otherType = what;
    return this;
  }

  Story at(LocationType where) {
    place = where;
    return this;
  }

  Story at(LocationType where, String address) {
    place = where;
    this.address = address;
    return this;
  }

  Story online(String platform) {
    place = LocationType.ONLINE;
    this.platform = platform;
    return this;
  }

  Story elsewhere(String description) {
    place = LocationType.OTHER;
    otherPlace = description;
    return this;
  }

  Story ward(String name) {
    ward = name;
    return this;
  }

  Story injured() {
    injured = Answer.YES;
    return this;
  }

  Story damage() {
    damageOrLoss = Answer.YES;
    return this;
  }

  Story ongoing() {
    stillHappening = Answer.YES;
    return this;
  }

  Story maybeOngoing() {
    stillHappening = Answer.NOT_SURE;
    return this;
  }

  Story evidence(String notes, EvidenceKind... kinds) {
    evidence.addAll(List.of(kinds));
    evidenceNotes = notes;
    return this;
  }

  Story offenders(Integer howMany, Answer known, String... descriptions) {
    offenders = new Offenders(Optional.ofNullable(howMany), known, List.of(descriptions));
    return this;
  }

  Story witnessed(String name, String contact, String notes) {
    witnesses.add(
        new Witness(Optional.ofNullable(name), Optional.ofNullable(contact), Optional.of(notes)));
    return this;
  }

  Story before(Answer happened, Answer reported, String reportedTo) {
    history = new History(happened, reported, Optional.ofNullable(reportedTo));
    return this;
  }

  Story anonymous() {
    anonymous = true;
    return this;
  }

  Story named() {
    anonymous = false;
    return this;
  }

  Story kiosk() {
    way = Way.KIOSK;
    return this;
  }

  Story inPerson() {
    way = Way.IN_PERSON;
    return this;
  }

  Story phone() {
    way = Way.PHONE;
    return this;
  }

  Story easyRead() {
    easyRead = true;
    return this;
  }

  Story language(String code) {
    language = code;
    return this;
  }

  Story needs(String interpreter, boolean bsl, boolean easyRead, boolean advocate) {
    needs = new Needs(Optional.ofNullable(interpreter), bsl, easyRead, advocate);
    return this;
  }

  /** Names the person it happened to might have; one is chosen. */
  Story names(String... candidates) {
    names.addAll(List.of(candidates));
    return this;
  }

  Story profile(Gender gender, Ethnicity ethnicity, Religion religion, AgeBand ageBand) {
    this.gender = gender;
    this.ethnicity = ethnicity;
    this.religion = religion;
    this.ageBand = ageBand;
    return this;
  }

  Story orientation(SexualOrientation value) {
    orientation = value;
    return this;
  }

  Story disabled() {
    disabled = true;
    return this;
  }

  Story trans() {
    trans = true;
    return this;
  }

  /** The person does not want the police told at all. */
  Story noPolice() {
    noPolice = true;
    return this;
  }

  /** The person does not know the date. */
  Story vaguely(WhenApproximately when) {
    vaguely = when;
    return this;
  }

  /** Marks this story so a later one can be the same person reporting again. */
  Story key(String value) {
    key = value;
    return this;
  }

  /** The same person as the story with {@code key}, reporting again later. */
  Story again(String otherKey) {
    sameVictimAs = otherKey;
    return this;
  }
}
