#include "data/string.h"

#include <algorithm>

namespace simple::rt {

RtValue newStringValue(std::string_view text) noexcept {
  String *s = newString(text);
  return s ? rt_encode_heap(s) : RT_NIL;
}

int64_t countCodePoints(const String *s) noexcept {
  const auto *bytes = reinterpret_cast<const unsigned char *>(s->bytes());
  int64_t count = 0;
  for (size_t i = 0; i < s->length(); ++i)
    count += (bytes[i] & 0xC0) != 0x80;
  return count;
}

int64_t findBytes(std::string_view haystack, std::string_view needle) noexcept {
  size_t at = haystack.find(needle);
  return at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}

} // namespace simple::rt
