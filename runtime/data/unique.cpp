#include "data/unique.h"

#include "sync/shared_words.h"

#include <mutex>

namespace simple::rt {
namespace {

std::mutex liveBoxesLock;
/// The list head: static storage, scanned by the collector as a root.
Unique liveBoxes = {{}, 0, RT_NIL, &liveBoxes, &liveBoxes};

} // namespace

Unique *newUnique(RtValue v) noexcept {
  auto *unique = static_cast<Unique *>(allocateScanned(sizeof(Unique)));
  if (!unique)
    return nullptr;
  initHeader(&unique->header, Kind::Unique, 0);
  unique->serial = nextObjectSerial();
  unique->value = v;
  std::lock_guard<std::mutex> guard(liveBoxesLock);
  unique->previous = &liveBoxes;
  unique->next = liveBoxes.next;
  liveBoxes.next->previous = unique;
  liveBoxes.next = unique;
  return unique;
}

bool freeUnique(Unique *unique) noexcept {
  std::lock_guard<std::mutex> guard(liveBoxesLock);
  if (!claimMagic(&unique->header))
    return false; // freed by another thread meanwhile
  storeShared(&unique->value, RT_NIL);
  unique->previous->next = unique->next;
  unique->next->previous = unique->previous;
  unique->previous = unique->next = nullptr;
  return true;
}

} // namespace simple::rt
