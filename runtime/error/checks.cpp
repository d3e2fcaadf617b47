#include "error/checks.h"

#include "value/type_name.h"

#include <algorithm>
#include <cinttypes>

namespace simple::rt {
namespace {

const char *article(const char *noun) {
  if (noun[0] == 'u' && noun[1] == 'n' && noun[2] == 'i') // "a unique", like "a unit"
    return "a";
  switch (noun[0]) {
  case 'a':
  case 'e':
  case 'i':
  case 'o':
  case 'u':
    return "an";
  }
  return "a";
}

} // namespace

void reportBadValue(RtValue v, const char *function, const char *what) noexcept {
  if (rt_tag_of(v) > RT_TAG_SPECIAL)
    recordError(RT_ERROR_BAD_VALUE, function, "%s 0x%" PRIx64 " is no value (tag %u)", what, v,
                rt_tag_of(v));
  else
    recordError(RT_ERROR_BAD_VALUE, function,
                "%s 0x%" PRIx64 " is no value (not a live runtime object)", what, v);
}

void reportNotA(RtValue v, Kind expected, const char *function) noexcept {
  const char *name = kindName(expected);
  const char *got = typeNameOf(v);
  if (got[0] == 'i' && got[1] == 'n' && got[2] == 'v') { // "invalid"
    if (rt_tag_of(v) > RT_TAG_SPECIAL)
      recordError(RT_ERROR_BAD_VALUE, function, "expected %s %s, got bits 0x%" PRIx64 " (tag %u)",
                  article(name), name, v, rt_tag_of(v));
    else
      recordError(RT_ERROR_BAD_VALUE, function,
                  "expected %s %s, got 0x%" PRIx64 " (not a live runtime object)", article(name),
                  name, v);
    return;
  }
  recordError(RT_ERROR_WRONG_KIND, function, "expected %s %s, got %s %s", article(name), name,
              article(got), got);
}

void reportOutOfRange(int64_t index, size_t length, const char *function) noexcept {
  recordError(RT_ERROR_OUT_OF_RANGE, function, "index %" PRId64 " out of range for length %zu",
              index, length);
}

void reportOutOfMemory(const char *function) noexcept {
  recordError(RT_ERROR_OUT_OF_MEMORY, function, "out of memory");
}

void reportBadCount(int64_t count, int64_t limit, const char *function, const char *what) noexcept {
  if (count < 0)
    recordError(RT_ERROR_BAD_ARGUMENT, function, "negative %s %" PRId64, what, count);
  else
    recordError(RT_ERROR_BAD_ARGUMENT, function, "%s %" PRId64 " above the limit %" PRId64, what,
                count, limit);
}

void clampSlice(int64_t start, int64_t end, size_t length, size_t &from, size_t &to) noexcept {
  auto clamp = [length](int64_t bound) -> size_t {
    auto signedLength = static_cast<int64_t>(length);
    if (bound < 0)
      bound = bound < -signedLength ? 0 : bound + signedLength;
    return static_cast<size_t>(std::min(bound, signedLength));
  };
  from = clamp(start);
  to = std::max(from, clamp(end));
}

} // namespace simple::rt
