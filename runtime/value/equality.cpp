#include "value/equality.h"

#include "data/string.h"
#include "data/tuple.h"

#include <unordered_set>
#include <utility>
#include <vector>

namespace simple::rt {
namespace {

constexpr int kRecursiveBudget = 1024;

enum class Shallow { Equal, Different, BothTuples };

/// Compares everything but two tuples.
Shallow compareShallow(RtValue a, RtValue b) noexcept {
  if (a == b)
    return Shallow::Equal;
  unsigned ta = rt_tag_of(a), tb = rt_tag_of(b);
  if (ta == RT_TAG_INT && tb == RT_TAG_FLOAT)
    return intEqualsFloat(rt_decode_int(a), rt_decode_float(b)) ? Shallow::Equal
                                                                : Shallow::Different;
  if (ta == RT_TAG_FLOAT && tb == RT_TAG_INT)
    return intEqualsFloat(rt_decode_int(b), rt_decode_float(a)) ? Shallow::Equal
                                                                : Shallow::Different;
  if (ta == RT_TAG_FLOAT && tb == RT_TAG_FLOAT)
    return rt_decode_float(a) == rt_decode_float(b) ? Shallow::Equal : Shallow::Different;
  if (ta != RT_TAG_HEAP || tb != RT_TAG_HEAP)
    return Shallow::Different;
  ObjectHeader *oa = trustedObject(a), *ob = trustedObject(b);
  if (oa->kind != ob->kind)
    return Shallow::Different;
  if (oa->kind == Kind::String)
    return stringsEqual(reinterpret_cast<String *>(oa), reinterpret_cast<String *>(ob))
               ? Shallow::Equal
               : Shallow::Different;
  if (oa->kind == Kind::Tuple)
    return oa->size == ob->size ? Shallow::BothTuples : Shallow::Different;
  return Shallow::Different;
}

/// Plain recursion while `budget` lasts; sets `exhausted` when it runs out.
bool equalRecursive(RtValue a, RtValue b, int &budget, bool &exhausted) noexcept {
  Shallow shallow = compareShallow(a, b);
  if (shallow != Shallow::BothTuples)
    return shallow == Shallow::Equal;
  if (--budget <= 0) {
    exhausted = true;
    return false;
  }
  auto *ta = reinterpret_cast<Tuple *>(trustedObject(a));
  auto *tb = reinterpret_cast<Tuple *>(trustedObject(b));
  for (size_t i = 0; i < ta->length(); ++i) {
    if (!equalRecursive(ta->items()[i], tb->items()[i], budget, exhausted))
      return false;
  }
  return true;
}

struct PairHash {
  size_t operator()(const std::pair<RtValue, RtValue> &pair) const noexcept {
    return mixWords(pair.first ^ kHashP0, pair.second ^ kHashP1);
  }
};

/// Bisimulation on an explicit work list: terminates on cycles, never
/// recurses. Allocates (malloc), so it is only the fallback.
bool equalByWorkList(RtValue a, RtValue b) {
  std::vector<std::pair<RtValue, RtValue>> work{{a, b}};
  std::unordered_set<std::pair<RtValue, RtValue>, PairHash> assumed;
  while (!work.empty()) {
    auto [x, y] = work.back();
    work.pop_back();
    Shallow shallow = compareShallow(x, y);
    if (shallow == Shallow::Different)
      return false;
    if (shallow == Shallow::Equal || !assumed.insert({x, y}).second)
      continue;
    auto *tx = reinterpret_cast<Tuple *>(trustedObject(x));
    auto *ty = reinterpret_cast<Tuple *>(trustedObject(y));
    for (size_t i = tx->length(); i-- > 0;)
      work.push_back({tx->items()[i], ty->items()[i]});
  }
  return true;
}

} // namespace

bool intEqualsFloat(int64_t i, double d) noexcept {
  // Every int value fits in [-2^60, 2^60), where the conversion is exact.
  if (!(d >= -0x1p60 && d < 0x1p60))
    return false;
  auto asInt = static_cast<int64_t>(d);
  return asInt == i && static_cast<double>(asInt) == d;
}

bool valuesEqual(RtValue a, RtValue b) noexcept {
  int budget = kRecursiveBudget;
  bool exhausted = false;
  bool equal = equalRecursive(a, b, budget, exhausted);
  if (!exhausted)
    return equal;
  try {
    return equalByWorkList(a, b);
  } catch (...) { // out of malloc memory: cannot decide, say "different"
    return false;
  }
}

} // namespace simple::rt
