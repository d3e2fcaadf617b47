// The printed form of values (rt_print_value, rt_to_string).
//
//   int              decimal: 42, -7
//   float            the shortest decimal that reads back to the same float
//                    value (after the encoding drops the 3 lowest mantissa
//                    bits, so 0.1 prints "0.1"), in std::to_chars' shortest
//                    fixed-or-scientific form, with ".0" added when that form
//                    has neither '.' nor an exponent: 1.0, 0.5, 1e+20, -0.0,
//                    inf, -inf, nan
//   nil/true/false   nil, true, false; other specials <symbol#N>
//   string           raw at the top level; inside a container quoted with C
//                    escapes: "a\"b\n", bytes below 0x20 and 0x7f as \xNN
//   array / tuple    [1, "a"] / (1, "a") / () / (1)
//   dict             {"k": 1, 2: [3]} in insertion order
//   other heap       <object#N>, <closure#N>, <enum#N>, <unique#N>: N is the
//                    serial number the object got at allocation
//   cycles           a container already being printed further up prints as
//                    [...], (...) or {...}; so does anything nested deeper
//                    than kMaxPrintDepth
//   stack            none to speak of: the printer walks an explicit stack
//                    (gc/scanned_stack.h), so any nesting prints on a
//                    fiber's 64 KiB stack
//   size             the printed form stops after kMaxPrintedBytes with
//                    "..." (then closes the open brackets): shared (acyclic) parts print in full
//                    each time, so a small DAG can have an exponentially long form
#ifndef SIMPLE_RT_IO_FORMAT_H
#define SIMPLE_RT_IO_FORMAT_H

#include <simple/value.h>

#include <cstddef>
#include <string>

namespace simple::rt {

inline constexpr int kMaxPrintDepth = 1000;
inline constexpr size_t kMaxPrintedBytes = size_t(1) << 27;

/// Appends the printed form of v; false (and "<invalid>" appended) when v is
/// bits that are no value. May throw std::bad_alloc (the string or the work
/// lists could not grow).
bool appendPrinted(std::string &out, RtValue v);

/// Appends the float value's printed form.
void appendFloat(std::string &out, RtValue v);

} // namespace simple::rt

#endif // SIMPLE_RT_IO_FORMAT_H
