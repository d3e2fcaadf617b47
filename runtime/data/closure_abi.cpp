// rt_closure_*: closures at the ABI.
#include "data/closure.h"
#include "error/checks.h"
#include "sync/shared_words.h"

#include <simple/runtime.h>

using namespace simple::rt;

extern "C" {

RtValue rt_closure_new(void *func, int64_t capture_count) noexcept {
  if (!expectCount(capture_count, kMaxElements, "rt_closure_new", "capture count"))
    return RT_NIL;
  Closure *closure = newClosure(func, static_cast<size_t>(capture_count));
  if (!closure) {
    reportOutOfMemory("rt_closure_new");
    return RT_NIL;
  }
  return rt_encode_heap(closure);
}

int64_t rt_closure_set_capture(RtValue v, int64_t index, RtValue item) noexcept {
  Closure *closure = expectObject<Closure>(v, "rt_closure_set_capture");
  size_t at;
  if (!closure || !resolveIndex(index, closure->captureCount(), "rt_closure_set_capture", at) ||
      !expectValue(item, "rt_closure_set_capture", "value"))
    return 0;
  storeShared(&closure->captures()[at], item);
  return 1;
}

RtValue rt_closure_get_capture(RtValue v, int64_t index) noexcept {
  Closure *closure = expectObject<Closure>(v, "rt_closure_get_capture");
  size_t at;
  if (!closure || !resolveIndex(index, closure->captureCount(), "rt_closure_get_capture", at))
    return RT_NIL;
  return loadShared(&closure->captures()[at]);
}

void *rt_closure_func_ptr(RtValue v) noexcept {
  Closure *closure = expectObject<Closure>(v, "rt_closure_func_ptr");
  return closure ? closure->function : nullptr;
}

} // extern "C"
