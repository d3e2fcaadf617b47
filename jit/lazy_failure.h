// Where a lazy-compilation stub jumps when compiling its function failed.
//
// LLLazyJIT takes one plain code address for that (no context argument),
// and JIT'd code is the caller, so nothing can receive an Error. To keep
// engines apart, each lazy engine claims an address of its own: one of a
// fixed set of entry points, each bound to one engine's handler.
#ifndef SIMPLE_JIT_LAZY_FAILURE_H
#define SIMPLE_JIT_LAZY_FAILURE_H

namespace simple::jit {

/// How many lazy engines can exist at once.
inline constexpr int kMaxLazyEngines = 64;

/// An entry point that calls onFailure(context) and, should that return,
/// std::abort(); null when all kMaxLazyEngines are claimed. Thread-safe.
void *claimLazyFailureEntry(void (*onFailure)(void *context), void *context);

/// Gives an entry point back (after the engine's code is gone).
void releaseLazyFailureEntry(void *entry);

} // namespace simple::jit

#endif // SIMPLE_JIT_LAZY_FAILURE_H
