package org.reportingcentre.desktop.kiosk;

/** A support service to call, as the confirmation and the receipt list it. */
public record SupportNumber(String name, String phone) {}
