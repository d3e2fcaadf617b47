// The error codes of the per-task last-error record (rt_error_code).
//
// Every rt_* function that gets bad input returns its documented error value
// and records one of these codes together with its own name and a reason;
// rt_error_message() gives "function: reason". The codes are stable: IR and
// front ends may compare against the numbers.
#ifndef SIMPLE_ERROR_CODES_H
#define SIMPLE_ERROR_CODES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum RtErrorCode {
  /// No error recorded (or rt_error_clear was called).
  RT_ERROR_NONE = 0,
  /// Bits that are no value: a tag 4-7, or a heap tag on an address that is
  /// not the start of a live runtime object.
  RT_ERROR_BAD_VALUE = 1,
  /// A valid value of another kind than the function needs (an int where an
  /// array is needed, a dict where a string is needed, ...).
  RT_ERROR_WRONG_KIND = 2,
  /// An index outside the collection, after negative indices are resolved.
  RT_ERROR_OUT_OF_RANGE = 3,
  /// A bad plain argument: a negative or oversized length, capacity or count,
  /// a null pointer with a non-zero length, an unknown selector.
  RT_ERROR_BAD_ARGUMENT = 4,
  /// An integer outside the 61-bit range of an int value.
  RT_ERROR_INT_OVERFLOW = 5,
  /// The heap could not provide the memory.
  RT_ERROR_OUT_OF_MEMORY = 6,
  /// A call that is not allowed in the current state (rt_gc_enable without
  /// a matching rt_gc_disable).
  RT_ERROR_BAD_STATE = 7,
} RtErrorCode;

/// The name of an error code ("none", "bad value", "wrong kind", ...);
/// "unknown" for any other number.
static inline const char *rt_error_code_name(int64_t code) {
  switch (code) {
  case RT_ERROR_NONE:
    return "none";
  case RT_ERROR_BAD_VALUE:
    return "bad value";
  case RT_ERROR_WRONG_KIND:
    return "wrong kind";
  case RT_ERROR_OUT_OF_RANGE:
    return "out of range";
  case RT_ERROR_BAD_ARGUMENT:
    return "bad argument";
  case RT_ERROR_INT_OVERFLOW:
    return "int overflow";
  case RT_ERROR_OUT_OF_MEMORY:
    return "out of memory";
  case RT_ERROR_BAD_STATE:
    return "bad state";
  }
  return "unknown";
}

#ifdef __cplusplus
} // extern "C"
#endif

#endif // SIMPLE_ERROR_CODES_H
