package org.reportingcentre.sync;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.reportingcentre.spoc.AdminException;
import org.reportingcentre.spoc.JooqSpocStore;
import org.reportingcentre.spoc.Secrets;
import org.reportingcentre.spoc.ServerSettings;
import org.reportingcentre.spoc.SpocAdmin;
import org.reportingcentre.spoc.SpocDatabase;
import org.reportingcentre.spoc.SpocServer;
import org.reportingcentre.spoc.SpocStore;
import org.reportingcentre.spoc.SpocStoreException;
import org.reportingcentre.spoc.StoreLocation;

/** The real SPOC server on a loopback port over a real H2 file. Nothing of it is mocked. */
public final class LoopbackSpoc implements AutoCloseable {
  public final SpocDatabase database;
  public final SpocStore store;
  public final SpocAdmin admin;
  final SpocServer server;
  final int port;

  public LoopbackSpoc(Path folder, Clock clock) throws SpocStoreException {
    this(folder, clock, ServerSettings.Limits.protocol());
  }

  LoopbackSpoc(Path folder, Clock clock, ServerSettings.Limits limits) throws SpocStoreException {
    database = SpocDatabase.open(new StoreLocation.H2Folder(folder));
    store = new JooqSpocStore(database.dsl());
    admin = new SpocAdmin(store, new Secrets(new SecureRandom()), clock);
    server =
        new SpocServer(
            store,
            clock,
            new Secrets(new SecureRandom()),
            new ServerSettings("127.0.0.1", 0, Optional.empty(), limits));
    port = server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Adds the centre and returns its one-time enrolment code. */
  public char[] addCentre(String code) throws AdminException {
    return admin.addCentre(code, "Townsley Library").enrolmentCode().toCharArray();
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
