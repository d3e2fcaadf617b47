#include "gc/thread_registration.h"

#include "gc/collector.h"

#include <gc.h>

namespace simple::rt {
namespace detail {

constinit thread_local bool tlsThreadRegistered = false;

namespace {

/// Unregisters the thread at thread exit if the runtime registered it.
/// Constructed (and so armed for destruction) only on threads that the slow
/// path registered.
struct ThreadUnregisterer {
  bool registered = false;
  ~ThreadUnregisterer() {
    if (registered) {
      tlsThreadRegistered = false;
      GC_unregister_my_thread();
    }
  }
};

} // namespace

void registerThisThreadSlow() noexcept {
  initialize();
  if (GC_thread_is_registered()) {
    tlsThreadRegistered = true;
    return;
  }
  GC_stack_base base;
  if (GC_get_stack_base(&base) != GC_SUCCESS)
    return; // cannot happen on Linux; allocation then proceeds unregistered
  int result = GC_register_my_thread(&base);
  tlsThreadRegistered = true;
  if (result == GC_SUCCESS) {
    static thread_local ThreadUnregisterer unregisterer;
    unregisterer.registered = true;
  }
}

} // namespace detail
} // namespace simple::rt
