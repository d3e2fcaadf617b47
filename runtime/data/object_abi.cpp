// rt_object_*: objects at the ABI.
#include "data/object.h"
#include "error/checks.h"
#include "sync/shared_words.h"

#include <simple/runtime.h>

#include <cinttypes>

using namespace simple::rt;

extern "C" {

RtValue rt_object_new(int64_t class_id, int64_t field_count) noexcept {
  if (class_id < 0) {
    recordError(RT_ERROR_BAD_ARGUMENT, "rt_object_new", "negative class id %" PRId64, class_id);
    return RT_NIL;
  }
  if (!expectCount(field_count, kMaxElements, "rt_object_new", "field count"))
    return RT_NIL;
  Object *object = newObject(class_id, static_cast<size_t>(field_count));
  if (!object) {
    reportOutOfMemory("rt_object_new");
    return RT_NIL;
  }
  return rt_encode_heap(object);
}

RtValue rt_object_field_get(RtValue v, int64_t index) noexcept {
  Object *object = expectObject<Object>(v, "rt_object_field_get");
  size_t at;
  if (!object || !resolveIndex(index, object->fieldCount(), "rt_object_field_get", at))
    return RT_NIL;
  return loadShared(&object->fields()[at]);
}

int64_t rt_object_field_set(RtValue v, int64_t index, RtValue item) noexcept {
  Object *object = expectObject<Object>(v, "rt_object_field_set");
  size_t at;
  if (!object || !resolveIndex(index, object->fieldCount(), "rt_object_field_set", at) ||
      !expectValue(item, "rt_object_field_set", "value"))
    return 0;
  storeShared(&object->fields()[at], item);
  return 1;
}

int64_t rt_object_class_id(RtValue v) noexcept {
  Object *object = expectObject<Object>(v, "rt_object_class_id");
  return object ? object->classId : -1;
}

int64_t rt_object_field_count(RtValue v) noexcept {
  Object *object = expectObject<Object>(v, "rt_object_field_count");
  return object ? static_cast<int64_t>(object->fieldCount()) : -1;
}

} // extern "C"
