#include "lazy_failure.h"

#include <array>
#include <cstdlib>
#include <mutex>
#include <utility>

namespace simple::jit {
namespace {

struct Binding {
  void (*onFailure)(void *) = nullptr;
  void *context = nullptr;
};

// Entry I reads only binding I. A binding is written when an engine claims
// it, before the engine can compile anything, and cleared after the engine's
// code is gone, so no stub jumps to an entry while its binding changes.
std::mutex gBindingsMutex;
std::array<Binding, kMaxLazyEngines> gBindings;
std::array<bool, kMaxLazyEngines> gClaimed{};

template <size_t I> [[noreturn]] void lazyFailureEntry() {
  Binding binding = gBindings[I];
  if (binding.onFailure)
    binding.onFailure(binding.context);
  std::abort();
}

template <size_t... I> constexpr auto makeEntries(std::index_sequence<I...>) {
  return std::array<void (*)(), sizeof...(I)>{&lazyFailureEntry<I>...};
}

constexpr auto kEntries = makeEntries(std::make_index_sequence<kMaxLazyEngines>());

} // namespace

void *claimLazyFailureEntry(void (*onFailure)(void *context), void *context) {
  std::lock_guard lock(gBindingsMutex);
  for (size_t i = 0; i < kEntries.size(); ++i)
    if (!gClaimed[i]) {
      gClaimed[i] = true;
      gBindings[i] = Binding{onFailure, context};
      return reinterpret_cast<void *>(kEntries[i]);
    }
  return nullptr;
}

void releaseLazyFailureEntry(void *entry) {
  std::lock_guard lock(gBindingsMutex);
  for (size_t i = 0; i < kEntries.size(); ++i)
    if (reinterpret_cast<void *>(kEntries[i]) == entry) {
      gClaimed[i] = false;
      gBindings[i] = Binding{};
    }
}

} // namespace simple::jit
