// The collector's set-up and controls: initialisation, roots, collections,
// statistics, enabling and disabling.
//
// Settings, and why:
//   - All interior pointers are recognised (GC_set_all_interior_pointers(1)):
//     a heap value is the object address plus the tag 1, so it points one
//     byte into its object, and JIT-compiled code may keep only such values.
//   - Multi-threaded from the start (GC_THREADS, then
//     GC_allow_register_threads) so that threads which JIT-compiled code
//     creates can register themselves (thread_registration.h).
//   - Parallel marking stays at bdwgc's default: one marker per core (the
//     initiating thread plus cores-1 marker threads). The GC_MARKERS
//     environment variable overrides it (GC_MARKERS=1 turns it off).
//   - Incremental / generational mode stays off: it write-protects heap
//     pages with mprotect and takes SIGSEGV on the first write, which would
//     clash with the JIT's fault reporting (and with sanitizers), and it
//     gives no benefit to short batch programs.
//   - Collector warnings (e.g. "Repeated allocation of very large block")
//     are silent unless SIMPLE_GC_WARNINGS is set in the environment: they
//     would mix with the program's own stderr.
#ifndef SIMPLE_RT_GC_COLLECTOR_H
#define SIMPLE_RT_GC_COLLECTOR_H

#include <simple/runtime_host.h>

#include <cstdint>

namespace simple::rt {

/// Statistics selectors of rt_gc_stats.
enum class GcStat : int64_t {
  HeapBytes = 0,
  LiveBytesAfterLastCollection = 1,
  Collections = 2,
  BytesSinceLastCollection = 3,
};

/// Runs a full collection.
void collectNow() noexcept;

/// The statistic `which`; false when `which` is unknown.
bool readGcStat(int64_t which, int64_t &out) noexcept;

/// rt_gc_disable: one more level of "no automatic collections".
void disableCollections() noexcept;
/// rt_gc_enable: one level less; false when there was no rt_gc_disable.
bool enableCollections() noexcept;

/// Calls finalize(object) once the collector finds `object` (the start of a
/// GC object) unreachable, before its memory is reused. For objects that hold
/// OS resources. Finalizers run on whichever thread allocates next.
void setFinalizer(void *object, void (*finalize)(void *object)) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_GC_COLLECTOR_H
