#include "value/type_name.h"

#include "data/string.h"

#include <atomic>

namespace simple::rt {
namespace {

enum TypeSlot { kInt, kFloat, kBool, kNil, kSymbol, kInvalid, kFirstKind };
constexpr int kSlots = kFirstKind + kLastKind + 1;

/// Static storage is scanned by the collector: these keep the names alive.
std::atomic<RtValue> sharedNames[kSlots];

int slotOf(RtValue v) noexcept {
  switch (rt_tag_of(v)) {
  case RT_TAG_INT:
    return kInt;
  case RT_TAG_FLOAT:
    return kFloat;
  case RT_TAG_SPECIAL:
    return v == RT_NIL ? kNil : rt_is_bool(v) ? kBool : kSymbol;
  case RT_TAG_HEAP: {
    ObjectHeader *object = objectOf(v);
    if (!object || object->kind == Kind::RawBlock || static_cast<uint8_t>(object->kind) > kLastKind)
      return kInvalid;
    return kFirstKind + static_cast<int>(object->kind);
  }
  default:
    return kInvalid;
  }
}

const char *nameOfSlot(int slot) noexcept {
  switch (slot) {
  case kInt:
    return "int";
  case kFloat:
    return "float";
  case kBool:
    return "bool";
  case kNil:
    return "nil";
  case kSymbol:
    return "symbol";
  case kInvalid:
    return "invalid";
  default:
    return kindName(static_cast<Kind>(slot - kFirstKind));
  }
}

} // namespace

const char *typeNameOf(RtValue v) noexcept { return nameOfSlot(slotOf(v)); }

RtValue typeNameValue(RtValue v) noexcept {
  int slot = slotOf(v);
  RtValue name = sharedNames[slot].load(std::memory_order_acquire);
  if (name != 0)
    return name;
  RtValue fresh = newStringValue(nameOfSlot(slot));
  if (fresh == RT_NIL)
    return RT_NIL;
  if (sharedNames[slot].compare_exchange_strong(name, fresh, std::memory_order_acq_rel))
    return fresh;
  return name; // another thread won
}

} // namespace simple::rt
