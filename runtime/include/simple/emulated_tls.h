// Thread-local variables of JIT-compiled code, kept where the collector sees
// them.
//
// LLVM's JIT lowers a `thread_local` variable to emulated TLS: the variable
// becomes a control object `__emutls_v.NAME` and every access calls
// `__emutls_get_address(&control)` for the calling thread's instance. libgcc's
// implementation keeps the instances in malloc memory, which the collector
// never scans, so a runtime value held only in a thread-local was collected
// and its memory reused. The JIT binds `__emutls_get_address` to
// emulatedTlsAddress instead.
#ifndef SIMPLE_EMULATED_TLS_H
#define SIMPLE_EMULATED_TLS_H

#include <cstdint>

namespace simple::rt {

/// The control object LLVM emits for one thread-local variable (the layout
/// of libgcc's __emutls_object): size and alignment of the variable, a slot
/// the implementation owns (here: the variable's index, 0 until the first
/// access on any thread), and the initial value (null: all zero bytes).
struct EmulatedTlsControl {
  uintptr_t size;
  uintptr_t align;
  uintptr_t index;
  const void *initialValue;
};

/// The calling thread's instance of the variable `control` describes,
/// created on the thread's first access from the initial value. Instances
/// are garbage-collected memory reachable from a per-thread table that the
/// collector scans (an uncollectable block), so every value or pointer stored
/// in a thread-local keeps its object alive for as long as the thread lives.
/// When the thread exits the table is freed (a pthread key destructor, which
/// runs after the thread's thread_local destructors), and the instances
/// become garbage unless something else still refers to them. The main
/// thread's instances live until the process ends.
///
/// Allocates from the garbage-collected heap (registering the thread with the
/// collector first); thread-safe. Returns null only when memory is exhausted
/// or `control` is null or describes a variable larger than 1 GiB or aligned
/// to more than a page.
void *emulatedTlsAddress(EmulatedTlsControl *control) noexcept;

} // namespace simple::rt

#endif // SIMPLE_EMULATED_TLS_H
