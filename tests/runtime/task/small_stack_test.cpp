// Printing, equality and hashing on a thread with a 64 KiB stack, the size
// of a fiber stack: values nested a million deep (built iteratively) must
// neither overflow it nor change the answers the runtime gives on a big stack.
#include "test_support.h"

#include "io/format.h"

#include <pthread.h>

#include <functional>
#include <string>

using namespace simple::test;

namespace {

constexpr size_t kSmallStack = 64 * 1024;
constexpr int kDeep = 1000000;

/// Runs `body` on a new thread with a 64 KiB stack and waits for it.
void onSmallStack(const std::function<void()> &body) {
  pthread_attr_t attributes;
  ASSERT_EQ(pthread_attr_init(&attributes), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attributes, kSmallStack), 0);
  pthread_t thread;
  auto run = [](void *argument) -> void * {
    (*static_cast<const std::function<void()> *>(argument))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attributes, run, const_cast<std::function<void()> *>(&body)),
            0);
  pthread_attr_destroy(&attributes);
  ASSERT_EQ(pthread_join(thread, nullptr), 0);
}

enum class Shape { Array, Tuple, Dict };

/// `depth` containers, each holding the next (dicts under the key 0), the
/// innermost holding `leaf`. Built from the inside out, without recursion.
RtValue nested(Shape shape, int depth, RtValue leaf) {
  RtValue inner = leaf;
  for (int i = 0; i < depth; ++i) {
    RtValue outer = RT_NIL;
    switch (shape) {
    case Shape::Array:
      outer = rt_array_new(1);
      rt_array_push(outer, inner);
      break;
    case Shape::Tuple:
      outer = rt_tuple_new(1);
      rt_tuple_set(outer, 0, inner);
      break;
    case Shape::Dict:
      outer = rt_dict_new(1);
      rt_dict_set(outer, I(0), inner);
      break;
    }
    inner = outer;
  }
  return inner;
}

/// The printed form the rules in io/format.h give `depth` nested containers
/// around `leaf`: levels from kMaxPrintDepth on print as the cycle marker.
std::string expectedPrinted(Shape shape, int depth, const std::string &leaf) {
  const char *open = shape == Shape::Array ? "[" : shape == Shape::Tuple ? "(" : "{0: ";
  const char *close = shape == Shape::Array ? "]" : shape == Shape::Tuple ? ")" : "}";
  const char *marker = shape == Shape::Array ? "[...]" : shape == Shape::Tuple ? "(...)" : "{...}";
  int shown = std::min(depth, simple::rt::kMaxPrintDepth);
  std::string text;
  for (int i = 0; i < shown; ++i)
    text += open;
  text += depth > shown ? marker : leaf;
  for (int i = 0; i < shown; ++i)
    text += close;
  return text;
}

class SmallStack : public ::testing::TestWithParam<Shape> {};

std::string shapeName(const ::testing::TestParamInfo<Shape> &info) {
  return info.param == Shape::Array ? "Arrays" : info.param == Shape::Tuple ? "Tuples" : "Dicts";
}

} // namespace

TEST_P(SmallStack, NestingJustBelowThePrintDepthPrintsInFull) {
  int depth = simple::rt::kMaxPrintDepth - 1;
  RtValue deep = nested(GetParam(), depth, str("leaf"));
  std::string text;
  onSmallStack([&] { text = printed(deep); });
  EXPECT_EQ(text, expectedPrinted(GetParam(), depth, "\"leaf\""));
}

// One test per shape does all three, so that only one shape's million
// containers are alive at a time.
TEST_P(SmallStack, AMillionDeepPrintsComparesAndHashesAsOnABigStack) {
  bool tuples = GetParam() == Shape::Tuple;
  RtValue a = nested(GetParam(), kDeep, I(7));
  // Arrays and dicts compare by identity, whatever their depth: for them one
  // million is enough (the build dominates the test's time). Tuples compare
  // element-wise: `same` differs only in 7.0 for 7 at the bottom, `other`
  // only in 8, which the comparison must reach past the inline frames, on
  // its work list.
  RtValue same = nested(GetParam(), tuples ? kDeep : 1, rt_value_float(7.0));
  RtValue other = tuples ? nested(Shape::Tuple, kDeep, I(8)) : same;
  // The answers on this (8 MiB) thread are the reference.
  int64_t bigSame = rt_value_eq(a, same), bigOther = rt_value_eq(a, other);
  int64_t bigHashA = rt_value_hash(a), bigHashSame = rt_value_hash(same);
  std::string text;
  int64_t smallSelf = -1, smallSame = -1, smallOther = -1, smallHashA = 0, smallHashSame = 0;
  int64_t code = -1;
  onSmallStack([&] {
    rt_error_clear();
    text = printed(a);
    smallSelf = rt_value_eq(a, a);
    smallSame = rt_value_eq(a, same);
    smallOther = rt_value_eq(a, other);
    smallHashA = rt_value_hash(a);
    smallHashSame = rt_value_hash(same);
    code = rt_error_code();
  });
  EXPECT_EQ(code, RT_ERROR_NONE);
  EXPECT_EQ(text, expectedPrinted(GetParam(), kDeep, "7"));
  EXPECT_EQ(smallSelf, 1);
  // Tuples compare element-wise (7 == 7.0), arrays and dicts by identity.
  EXPECT_EQ(smallSame, tuples ? 1 : 0);
  EXPECT_EQ(smallOther, 0);
  EXPECT_EQ(smallSame, bigSame);
  EXPECT_EQ(smallOther, bigOther);
  EXPECT_EQ(smallHashA, bigHashA);
  EXPECT_EQ(smallHashSame, bigHashSame);
  if (tuples) {
    EXPECT_EQ(smallHashA, smallHashSame);
  }
}

INSTANTIATE_TEST_SUITE_P(NestedContainers, SmallStack,
                         ::testing::Values(Shape::Array, Shape::Tuple, Shape::Dict), shapeName);

TEST(SmallStackPrinting, CyclesStillPrintAsEllipses) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(1));
  rt_array_push(array, array);
  RtValue tuple = rt_tuple_new(2);
  rt_tuple_set(tuple, 0, array);
  rt_tuple_set(tuple, 1, tuple);
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("t"), tuple);
  rt_dict_set(dict, str("self"), dict);
  std::string text;
  onSmallStack([&] { text = printed(dict); });
  EXPECT_EQ(text, "{\"t\": ([1, [...]], (...)), \"self\": {...}}");
}
