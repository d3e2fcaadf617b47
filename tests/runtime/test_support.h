// Helpers shared by the runtime tests.
#ifndef SIMPLE_TESTS_RUNTIME_TEST_SUPPORT_H
#define SIMPLE_TESTS_RUNTIME_TEST_SUPPORT_H

#include <simple/error_codes.h>
#include <simple/runtime.h>

#include <gc.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace simple::test {

/// A runtime string value of text.
inline RtValue str(std::string_view text) {
  return rt_string_new(text.data(), static_cast<int64_t>(text.size()));
}

/// The bytes of a string value ("<not a string>" otherwise).
inline std::string text(RtValue s) {
  const char *data = rt_string_data(s);
  if (!data) {
    rt_error_clear();
    return "<not a string>";
  }
  return std::string(data, static_cast<size_t>(rt_string_len(s)));
}

/// The printed form of v.
inline std::string printed(RtValue v) { return text(rt_to_string(v)); }

/// The last error message of this thread.
inline std::string lastError() { return text(rt_error_message()); }

inline RtValue I(int64_t i) { return rt_value_int(i); }

/// A new array of these ints.
inline RtValue arrayOf(std::initializer_list<int64_t> items) {
  RtValue array = rt_array_new(0);
  for (int64_t item : items)
    rt_array_push(array, I(item));
  return array;
}

/// The bytes the collector finds live right after a full collection.
inline int64_t liveBytesAfterCollection() {
  rt_gc_collect();
  return rt_gc_stats(1);
}

/// A named 64-bit pattern that some functions must reject.
struct BadValue {
  std::string name;
  RtValue bits;
};

/// Bits that are no value: tags 4-7, heap tags on addresses that are not the
/// start of a live runtime object (null, the stack, malloc memory, a foreign
/// GC object, the inside of a runtime object, a freed unique box, a raw
/// rt_alloc block, far outside the heap) and 200 random words.
inline std::vector<BadValue> garbageValues() {
  static int onStack = 0;
  static void *mallocBlock = std::malloc(64);
  static void *foreignGcObject = GC_malloc_uncollectable(64);
  static RtValue runtimeString = rt_unique_get(rt_unique_new(str("0123456789abcdef0123")));
  static void *rawBlock = rt_alloc(32);
  static RtValue freedUnique = [] {
    RtValue unique = rt_unique_new(RT_NIL);
    rt_unique_free(unique);
    return unique;
  }();
  std::vector<BadValue> values = {
      {"tag 4", 0x4},
      {"tag 5", 0x2D},
      {"tag 6", 0x1006},
      {"tag 7", 0x7},
      {"all ones (tag 7)", ~uint64_t(0)},
      {"heap tag on null", 0x1},
      {"heap tag on the stack", reinterpret_cast<uintptr_t>(&onStack) | 1},
      {"heap tag on malloc memory", reinterpret_cast<uintptr_t>(mallocBlock) | 1},
      {"heap tag on a foreign GC object", reinterpret_cast<uintptr_t>(foreignGcObject) | 1},
      {"heap tag inside a runtime string", (runtimeString & ~uint64_t(7)) + 16 + 1},
      {"freed unique box", freedUnique},
      {"raw rt_alloc block", reinterpret_cast<uintptr_t>(rawBlock) | 1},
      {"raw rt_alloc block header", (reinterpret_cast<uintptr_t>(rawBlock) - 16) | 1},
      {"high kernel address", 0xFFFF800000000001ull},
      {"non-canonical address", 0x0000800000000009ull},
  };
  std::mt19937_64 random(1234);
  for (int i = 0; i < 200; ++i) {
    uint64_t bits = random();
    // Random words with a heap tag or an invalid tag; ints, floats and
    // specials are values, which valid-kind tests cover separately.
    bits = (bits & ~uint64_t(7)) | (i % 2 ? 1 : 4 + (i / 2) % 4);
    values.push_back({"random " + std::to_string(i), bits});
  }
  rt_error_clear();
  return values;
}

/// One value of every kind; the tests pick those of other kinds.
inline std::vector<BadValue> oneOfEachKind() {
  return {
      {"int", I(5)},
      {"float", rt_value_float(1.5)},
      {"nil", RT_NIL},
      {"true", RT_TRUE},
      {"symbol", (RtValue(9) << 3) | 3},
      {"string", str("s")},
      {"array", rt_array_new(0)},
      {"tuple", rt_tuple_new(1)},
      {"dict", rt_dict_new(0)},
      {"object", rt_object_new(1, 1)},
      {"closure", rt_closure_new(nullptr, 1)},
      {"enum", rt_enum_new(1, 1, RT_NIL)},
      {"unique", rt_unique_new(RT_NIL)},
  };
}

/// Garbage plus every kind but `kind` (as rt_value_type_name spells it).
inline std::vector<BadValue> everythingBut(std::string_view kind) {
  std::vector<BadValue> values = garbageValues();
  for (BadValue &value : oneOfEachKind()) {
    if (value.name != kind)
      values.push_back(value);
  }
  return values;
}

/// Runs call(bits) for every bad value and checks it returns `expected` and
/// records an error of a code in {BAD_VALUE, WRONG_KIND}.
template <class Result, class Call>
void expectRejectsAll(const std::vector<BadValue> &values, Result expected, Call call) {
  for (const BadValue &value : values) {
    rt_error_clear();
    Result result = call(value.bits);
    EXPECT_EQ(result, expected) << value.name;
    int64_t code = rt_error_code();
    EXPECT_TRUE(code == RT_ERROR_BAD_VALUE || code == RT_ERROR_WRONG_KIND)
        << value.name << ": code " << code;
  }
  rt_error_clear();
}

} // namespace simple::test

#endif // SIMPLE_TESTS_RUNTIME_TEST_SUPPORT_H
