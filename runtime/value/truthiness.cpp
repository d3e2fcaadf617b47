#include "value/truthiness.h"

#include "gc/heap.h"
#include "sync/shared_words.h"

namespace simple::rt {

bool isTruthy(RtValue v) noexcept {
  switch (rt_tag_of(v)) {
  case RT_TAG_INT:
    return v != 0;
  case RT_TAG_FLOAT:
    return rt_decode_float(v) != 0.0;
  case RT_TAG_HEAP: {
    ObjectHeader *object = trustedObject(v);
    switch (object->kind) {
    case Kind::String:
    case Kind::Array:
    case Kind::Dict:
      return loadShared(&object->size) != 0; // changes under other threads' writes
    default:
      return true;
    }
  }
  default:
    return v != RT_NIL && v != RT_FALSE;
  }
}

} // namespace simple::rt
