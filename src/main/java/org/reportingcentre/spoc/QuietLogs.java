package org.reportingcentre.spoc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps secrets and personal data out of the logs whatever the logging configuration says: at
 * DEBUG, Jetty logs every request header (the bearer token among them) and jOOQ logs every bind
 * value (the reports themselves). Those two are held at INFO when the backend is Logback.
 */
final class QuietLogs {
  private static final String[] CHATTY = {"org.eclipse.jetty", "org.jooq", "io.javalin"};

  private QuietLogs() {}

  static void apply() {
    for (String name : CHATTY) {
      Logger logger = LoggerFactory.getLogger(name);
      if (logger instanceof ch.qos.logback.classic.Logger logback
          && logback.getEffectiveLevel().toInt() < ch.qos.logback.classic.Level.INFO_INT) {
        logback.setLevel(ch.qos.logback.classic.Level.INFO);
      }
    }
  }
}
