package org.reportingcentre.store;

import org.reportingcentre.report.Coded;

/** What an audit entry records. */
public enum AuditAction implements Coded {
  SETUP("setup"),
  CREATE("create"),
  VIEW("view"),
  CHANGE("change"),
  EXPORT("export"),
  IMPORT("import"),
  DELETE("delete"),
  SYNC("sync"),
  PURGE("purge"),
  USER_ADD("user-add"),
  USER_REMOVE("user-remove"),
  PASSWORD_CHANGE("password-change"),
  PASSWORD_RESET("password-reset"),
  RECOVER("recover"),
  /** A backup of the whole store was written to a file. */
  BACKUP("backup"),
  /** The store was replaced by a backup (recorded in the restored store's own chain). */
  RESTORE("restore"),
  /** A person was referred to a support service from a report. */
  REFER("refer");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
