package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreFixtures;

/** Drafts belong to whoever started them; a manager may clear abandoned ones. Real store. */
class DraftServiceTest {
  @TempDir Path folder;
  private CentreStore store;
  private final Instant start = Instant.parse("2026-11-01T09:00:00Z");

  @BeforeEach
  void open() throws Exception {
    store = StoreFixtures.createFast(folder).store();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private DraftService as(String user, Role role, Instant now) {
    return new DraftService(
        store.drafts(), new Session(user, role), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aDraftIsSeenAndChangedOnlyByItsOwner() throws Exception {
    DraftService ben = as("ben", Role.VOLUNTEER, start);
    DraftService cara = as("cara", Role.VOLUNTEER, start);
    UUID id = UUID.randomUUID();
    ben.save(id, "WHO", "{\"role\":\"victim\"}");
    assertEquals(1, ben.mine().size());
    assertEquals(List.of(), cara.mine());
    assertTrue(cara.open(id).isEmpty());
    assertThrows(StoreException.NotAllowed.class, () -> cara.save(id, "WHO", "{}"));
    assertThrows(StoreException.NotAllowed.class, () -> cara.delete(id));
    assertEquals("{\"role\":\"victim\"}", ben.open(id).orElseThrow().answers());
  }

  @Test
  void savingAgainKeepsWhenItWasStarted() throws Exception {
    UUID id = UUID.randomUUID();
    as("ben", Role.VOLUNTEER, start).save(id, "WHO", "{}");
    Draft later = as("ben", Role.VOLUNTEER, start.plusSeconds(60)).save(id, "WHAT", "{\"a\":1}");
    assertEquals(start, later.createdAt());
    assertEquals(start.plusSeconds(60), later.updatedAt());
    assertEquals("WHAT", store.drafts().find(id).orElseThrow().step());
  }

  @Test
  void aManagerSeesAndDeletesAbandonedDraftsAndAVolunteerCannot() throws Exception {
    UUID old = UUID.randomUUID();
    UUID fresh = UUID.randomUUID();
    as("ben", Role.VOLUNTEER, start).save(old, "WHO", "{}");
    as("ben", Role.VOLUNTEER, start.plus(Duration.ofDays(9))).save(fresh, "WHO", "{}");
    DraftService manager = as("amira", Role.MANAGER, start.plus(Duration.ofDays(10)));
    assertEquals(
        List.of(old), manager.abandoned(Duration.ofDays(7)).stream().map(Draft::id).toList());
    assertThrows(
        StoreException.NotAllowed.class,
        () -> as("cara", Role.VOLUNTEER, start).abandoned(Duration.ofDays(7)));
    assertTrue(manager.delete(old));
    assertEquals(List.of(fresh), store.drafts().all().stream().map(Draft::id).toList());
  }
}
