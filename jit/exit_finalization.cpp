#include "exit_finalization.h"

#include <cstdlib>
#include <map>
#include <mutex>

namespace simple::jit {
namespace {

std::mutex gRunningMutex;
std::map<const void *, std::function<void()>> gRunning; // guarded by gRunningMutex

// Takes the entries out before running them: a finaliser may end an engine,
// and nothing must run twice.
void finalizeRunning() {
  std::map<const void *, std::function<void()>> running;
  {
    std::lock_guard lock(gRunningMutex);
    running.swap(gRunning);
  }
  for (auto &[owner, finalize] : running)
    finalize();
}

} // namespace

void finalizeOnExitBegin(const void *owner, std::function<void()> finalize) {
  static std::once_flag hookOnce;
  std::call_once(hookOnce, [] { std::atexit(finalizeRunning); });
  std::lock_guard lock(gRunningMutex);
  gRunning[owner] = std::move(finalize);
}

void finalizeOnExitEnd(const void *owner) {
  std::lock_guard lock(gRunningMutex);
  gRunning.erase(owner);
}

} // namespace simple::jit
