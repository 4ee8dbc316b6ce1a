package org.reportingcentre.desktop.start;

/**
 * What a feature adds to home's "More for this centre": its links, chosen by the signed-in user's
 * role, in the words of the moment.
 */
@FunctionalInterface
public interface HomeLinks {
  void addTo(HomeView home);
}
