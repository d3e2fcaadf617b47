#include "value/equality.h"

#include "data/string.h"
#include "data/tuple.h"
#include "gc/scanned_stack.h"
#include "sync/shared_words.h"

#include <new>
#include <unordered_set>
#include <utility>

namespace simple::rt {
namespace {

constexpr int kInlinePairBudget = 1024;

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

/// Frames of the first, allocation-free pass: a tuple pair being compared
/// and the next index. Kept inline (kInlineDepth of them, 1.5 KiB of stack).
struct TupleFrame {
  Tuple *a;
  Tuple *b;
  size_t next;
};
constexpr int kInlineDepth = 64;

enum class Verdict { Equal, Different, Undecided };

/// Pre-order comparison on an inline frame stack, no recursion: decides
/// unless the tuples nest deeper than kInlineDepth or more than `budget`
/// tuple pairs are met (a cycle, or much sharing), which leaves it to the
/// work list.
Verdict equalShallowNesting(Tuple *a, Tuple *b) noexcept {
  TupleFrame frames[kInlineDepth];
  int depth = 0;
  int budget = kInlinePairBudget;
  frames[depth++] = TupleFrame{a, b, 0};
  while (depth > 0) {
    TupleFrame &frame = frames[depth - 1];
    if (frame.next == frame.a->length()) {
      --depth;
      continue;
    }
    RtValue x = loadShared(&frame.a->items()[frame.next]),
            y = loadShared(&frame.b->items()[frame.next]);
    ++frame.next;
    Shallow shallow = compareShallow(x, y);
    if (shallow == Shallow::Different)
      return Verdict::Different;
    if (shallow == Shallow::Equal)
      continue;
    if (--budget <= 0 || depth == kInlineDepth)
      return Verdict::Undecided;
    frames[depth++] = TupleFrame{reinterpret_cast<Tuple *>(trustedObject(x)),
                                 reinterpret_cast<Tuple *>(trustedObject(y)), 0};
  }
  return Verdict::Equal;
}

struct PairHash {
  size_t operator()(const std::pair<RtValue, RtValue> &pair) const noexcept {
    return mixWords(pair.first ^ kHashP0, pair.second ^ kHashP1);
  }
};

/// Bisimulation on an explicit work list: terminates on cycles, never
/// recurses. Allocates, so it is only the fallback; throws std::bad_alloc
/// when memory runs out. The work list is a ScannedStack (the collector sees
/// the pending pairs); the set of pairs assumed equal only compares
/// addresses, so it may live in malloc memory.
struct Pair {
  RtValue x, y;
};

bool equalByWorkList(RtValue a, RtValue b) {
  ScannedStack<Pair, 32> work;
  std::unordered_set<std::pair<RtValue, RtValue>, PairHash> assumed;
  if (!work.push(Pair{a, b}))
    throw std::bad_alloc();
  while (!work.empty()) {
    auto [x, y] = work.back();
    work.pop();
    Shallow shallow = compareShallow(x, y);
    if (shallow == Shallow::Different)
      return false;
    if (shallow == Shallow::Equal || !assumed.insert({x, y}).second)
      continue;
    auto *tx = reinterpret_cast<Tuple *>(trustedObject(x));
    auto *ty = reinterpret_cast<Tuple *>(trustedObject(y));
    for (size_t i = tx->length(); i-- > 0;) {
      if (!work.push(Pair{loadShared(&tx->items()[i]), loadShared(&ty->items()[i])}))
        throw std::bad_alloc();
    }
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
  Shallow shallow = compareShallow(a, b);
  if (shallow != Shallow::BothTuples)
    return shallow == Shallow::Equal;
  Verdict verdict = equalShallowNesting(reinterpret_cast<Tuple *>(trustedObject(a)),
                                        reinterpret_cast<Tuple *>(trustedObject(b)));
  if (verdict != Verdict::Undecided)
    return verdict == Verdict::Equal;
  try {
    return equalByWorkList(a, b);
  } catch (...) { // out of malloc memory: cannot decide, say "different"
    return false;
  }
}

} // namespace simple::rt
