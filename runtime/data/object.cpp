#include "data/object.h"

namespace simple::rt {

Object *newObject(int64_t classId, size_t fieldCount) noexcept {
  auto *object =
      static_cast<Object *>(allocateScanned(sizeof(Object) + fieldCount * sizeof(RtValue)));
  if (!object)
    return nullptr;
  initHeader(&object->header, Kind::Object, fieldCount);
  object->serial = nextObjectSerial();
  object->classId = classId;
  for (size_t i = 0; i < fieldCount; ++i)
    object->fields()[i] = RT_NIL;
  return object;
}

} // namespace simple::rt
