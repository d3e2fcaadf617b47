#include "data/tuple.h"

namespace simple::rt {

Tuple *newTuple(size_t length) noexcept {
  auto *tuple = static_cast<Tuple *>(allocateScanned(sizeof(Tuple) + length * sizeof(RtValue)));
  if (!tuple)
    return nullptr;
  initHeader(&tuple->header, Kind::Tuple, length);
  for (size_t i = 0; i < length; ++i)
    tuple->items()[i] = RT_NIL;
  return tuple;
}

} // namespace simple::rt
