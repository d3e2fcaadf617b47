#include "data/unique.h"

namespace simple::rt {

Unique *newUnique(RtValue v) noexcept {
  ensureThreadRegistered();
  auto *unique = static_cast<Unique *>(GC_malloc_uncollectable(sizeof(Unique)));
  if (!unique)
    return nullptr;
  initHeader(&unique->header, Kind::Unique, 0);
  unique->serial = nextObjectSerial();
  unique->value = v;
  return unique;
}

void freeUnique(Unique *unique) noexcept {
  unique->header.magic = 0;
  unique->value = RT_NIL;
  GC_free(unique);
  advanceHeapEpoch();
}

} // namespace simple::rt
