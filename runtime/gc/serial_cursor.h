// The object-serial cursor: where the next <kind#N> number comes from.
//
// Serial numbers are unique in the process. A cursor takes a block of
// kSerialBlock numbers from the process-wide counter and hands them out one
// by one, so that numbering an object is a plain increment; the first block
// is 1..256, so a single-threaded program numbers its objects 1, 2, 3, ...
// One cursor belongs to each task context (task/task_context.h).
#ifndef SIMPLE_RT_GC_SERIAL_CURSOR_H
#define SIMPLE_RT_GC_SERIAL_CURSOR_H

#include <cstdint>

namespace simple::rt {

inline constexpr uint64_t kSerialBlock = 256;

struct SerialCursor {
  uint64_t next = 0; ///< the next number to hand out, if below `end`
  uint64_t end = 0;  ///< one past the cursor's block (next == end: take a new block)
};

} // namespace simple::rt

#endif // SIMPLE_RT_GC_SERIAL_CURSOR_H
