// Static destructors and atexit handlers of JIT'd code when the program
// calls exit(): exit() skips runMain's return path, so an atexit hook
// (registered on first use) finalises every engine still inside runMain.
#ifndef SIMPLE_JIT_EXIT_FINALIZATION_H
#define SIMPLE_JIT_EXIT_FINALIZATION_H

#include <functional>

namespace simple::jit {

/// From now until finalizeOnExitEnd(owner), `finalize` runs if the process
/// exits. One entry per owner (an engine); each belongs to its owner alone.
void finalizeOnExitBegin(const void *owner, std::function<void()> finalize);

/// Removes `owner`'s entry (nothing when it has none).
void finalizeOnExitEnd(const void *owner);

} // namespace simple::jit

#endif // SIMPLE_JIT_EXIT_FINALIZATION_H
