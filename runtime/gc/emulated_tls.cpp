#include <simple/emulated_tls.h>

#include "gc/thread_registration.h"

#include <gc.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <pthread.h>

namespace simple::rt {
namespace {

constexpr uintptr_t kMaxSize = uintptr_t(1) << 30;
constexpr uintptr_t kMaxAlign = 4096;

// A thread's instances, slot i-1 for the variable of index i. The table is
// GC_malloc_uncollectable memory: never collected and always scanned, so the
// instances it points to (ordinary collectable blocks) stay alive. Only its
// thread reads or writes it; the collector reads it while the world is
// stopped.
struct ThreadTable {
  uintptr_t capacity;
  void *slots[];
};

// Indices are process-wide (a variable's control object is shared by every
// thread and engine), handed out once per variable and never reused, as in
// libgcc.
std::mutex gIndexMutex;
uintptr_t gLastIndex = 0;

// Per thread, not per task: it implements C's and C++'s thread_local for
// JIT'd code, whose storage belongs to the OS thread by definition (a JIT'd
// thread_local read on a fiber is the worker's, as in any C program).
constinit thread_local ThreadTable *tlsTable = nullptr;

pthread_key_t gTableKey;
pthread_once_t gTableKeyOnce = PTHREAD_ONCE_INIT;

// Runs at thread exit, after the thread's thread_local destructors (glibc
// runs those first), which may still use their variables. A later access
// (from another key's destructor) builds a new table and sets the key again,
// and glibc then calls this again.
void releaseTable(void *table) {
  tlsTable = nullptr;
  GC_free(table);
}

void createTableKey() { pthread_key_create(&gTableKey, releaseTable); }

uintptr_t indexOf(EmulatedTlsControl &control) {
  std::atomic_ref<uintptr_t> slot(control.index);
  uintptr_t index = slot.load(std::memory_order_acquire);
  if (index != 0)
    return index;
  std::lock_guard lock(gIndexMutex);
  index = slot.load(std::memory_order_relaxed);
  if (index == 0) {
    index = ++gLastIndex;
    slot.store(index, std::memory_order_release);
  }
  return index;
}

// The calling thread's table with room for `index`, or null without memory.
ThreadTable *tableWithRoomFor(uintptr_t index) {
  ThreadTable *table = tlsTable;
  if (table && index <= table->capacity)
    return table;
  uintptr_t capacity = table ? table->capacity : 8;
  while (capacity < index)
    capacity *= 2;
  auto *grown = static_cast<ThreadTable *>(
      GC_malloc_uncollectable(sizeof(ThreadTable) + capacity * sizeof(void *)));
  if (!grown)
    return nullptr;
  std::memset(grown->slots, 0, capacity * sizeof(void *));
  grown->capacity = capacity;
  if (table) {
    std::memcpy(grown->slots, table->slots, table->capacity * sizeof(void *));
    GC_free(table);
  } else {
    pthread_once(&gTableKeyOnce, createTableKey);
  }
  // Published before the key: a collection in between scans the new table.
  tlsTable = grown;
  pthread_setspecific(gTableKey, grown);
  return grown;
}

} // namespace

void *emulatedTlsAddress(EmulatedTlsControl *control) noexcept {
  if (!control || control->size > kMaxSize || control->align > kMaxAlign)
    return nullptr;
  uintptr_t index = indexOf(*control);
  ThreadTable *table = tlsTable;
  if (table && index <= table->capacity && table->slots[index - 1]) [[likely]]
    return table->slots[index - 1];

  ensureThreadRegistered();
  table = tableWithRoomFor(index);
  if (!table)
    return nullptr;
  uintptr_t size = control->size ? control->size : 1;
  // GC_malloc returns zeroed memory aligned to two words (16 bytes).
  void *instance = control->align > 16 ? GC_memalign(control->align, size) : GC_malloc(size);
  if (!instance)
    return nullptr;
  if (control->initialValue)
    std::memcpy(instance, control->initialValue, control->size);
  table->slots[index - 1] = instance;
  return instance;
}

} // namespace simple::rt
