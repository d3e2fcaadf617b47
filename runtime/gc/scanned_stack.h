// A LIFO work list the collector can see, for walks over nested values
// (printing, equality) that must not recurse: a fiber's stack is tens of
// KiB, and values can be nested a million deep.
//
// GC invariant: every item stays visible to the collector while it is on the
// list, so a value reached only through the list (a concurrent writer may
// have dropped every other reference) is not collected under the walk. The
// first kInline items live inside the object, on its owner's C++ stack,
// which the collector scans; past them the items move to an uncollectable
// block (GC_malloc_uncollectable: scanned, never collected, freed by hand
// here). Freeing such a block needs no heap-epoch advance (gc/heap.h): it
// never held a runtime object, so no validation cache can remember it.
#ifndef SIMPLE_RT_GC_SCANNED_STACK_H
#define SIMPLE_RT_GC_SCANNED_STACK_H

#include "gc/thread_registration.h"

#include <gc.h>

#include <cstddef>
#include <cstring>
#include <type_traits>

namespace simple::rt {

template <class T, size_t kInline> class ScannedStack {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  static_assert(kInline > 0);

public:
  ScannedStack() = default;
  ScannedStack(const ScannedStack &) = delete;
  ScannedStack &operator=(const ScannedStack &) = delete;
  ~ScannedStack() {
    if (items != inlineItems)
      GC_free(items);
  }

  /// Appends item; false (and nothing changed) when the heap cannot provide
  /// the room. Allocates only past kInline items.
  [[nodiscard]] bool push(const T &item) noexcept {
    if (count == capacity) [[unlikely]] {
      if (!grow())
        return false;
    }
    items[count++] = item;
    return true;
  }

  T &back() noexcept { return items[count - 1]; }
  T &operator[](size_t i) noexcept { return items[i]; }
  void pop() noexcept { --count; }
  /// Drops the items from position `size` on.
  void truncate(size_t size) noexcept { count = size; }
  size_t size() const noexcept { return count; }
  bool empty() const noexcept { return count == 0; }

private:
  bool grow() noexcept {
    ensureThreadRegistered(); // the collector allocates only for registered threads
    size_t larger = capacity * 2;
    auto *moved = static_cast<T *>(GC_malloc_uncollectable(larger * sizeof(T)));
    if (!moved)
      return false;
    std::memcpy(static_cast<void *>(moved), items, count * sizeof(T));
    if (items != inlineItems)
      GC_free(items);
    items = moved;
    capacity = larger;
    return true;
  }

  T inlineItems[kInline];
  T *items = inlineItems;
  size_t count = 0;
  size_t capacity = kInline;
};

} // namespace simple::rt

#endif // SIMPLE_RT_GC_SCANNED_STACK_H
