// Value equality, the relation behind rt_value_eq and dict keys.
//
//   - identical bits are equal (so a value equals itself, NaN included);
//   - ints and floats compare by number: int i equals float d when d is
//     integral and exactly i (no rounding through double); 0.0 == -0.0;
//   - strings compare by bytes;
//   - tuples compare element-wise, at any depth, without recursion (a fiber
//     stack of tens of KiB suffices): first on 64 inline frames; tuples
//     nested deeper, cyclic or much shared ones (past a budget of tuple
//     pairs) are compared as bisimilar trees on an explicit work list that
//     assumes a pair already under comparison is equal, which terminates on
//     any graph;
//   - every other heap value (arrays, dicts, objects, ...) by identity;
//   - nil, true, false and symbols by identity.
#ifndef SIMPLE_RT_VALUE_EQUALITY_H
#define SIMPLE_RT_VALUE_EQUALITY_H

#include <simple/value.h>

namespace simple::rt {

/// Whether two valid values are equal (heap values must be live runtime
/// objects: the caller has checked them).
bool valuesEqual(RtValue a, RtValue b) noexcept;

/// Whether int i equals the number d.
bool intEqualsFloat(int64_t i, double d) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_VALUE_EQUALITY_H
