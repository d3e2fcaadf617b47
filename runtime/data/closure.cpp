#include "data/closure.h"

namespace simple::rt {

Closure *newClosure(void *function, size_t captureCount) noexcept {
  auto *closure =
      static_cast<Closure *>(allocateScanned(sizeof(Closure) + captureCount * sizeof(RtValue)));
  if (!closure)
    return nullptr;
  initHeader(&closure->header, Kind::Closure, captureCount);
  closure->serial = nextObjectSerial();
  closure->function = function;
  for (size_t i = 0; i < captureCount; ++i)
    closure->captures()[i] = RT_NIL;
  return closure;
}

} // namespace simple::rt
