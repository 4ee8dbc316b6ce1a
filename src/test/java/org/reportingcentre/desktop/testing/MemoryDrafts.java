package org.reportingcentre.desktop.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.DraftRepository;

/** Drafts in memory, for tests of the wizard that do not need the encrypted store. */
public final class MemoryDrafts implements DraftRepository {
  private final Map<UUID, Draft> drafts = new LinkedHashMap<>();
  public int saves;

  @Override
  public void save(Draft draft) {
    saves++;
    drafts.put(draft.id(), draft);
  }

  @Override
  public Optional<Draft> find(UUID id) {
    return Optional.ofNullable(drafts.get(id));
  }

  @Override
  public List<Draft> byOwner(String owner) {
    return all().stream().filter(d -> d.owner().equals(owner)).toList();
  }

  @Override
  public List<Draft> all() {
    return drafts.values().stream()
        .sorted(Comparator.comparing(Draft::updatedAt).reversed())
        .toList();
  }

  @Override
  public boolean delete(UUID id) {
    return drafts.remove(id) != null;
  }
}
