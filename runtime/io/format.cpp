#include "io/format.h"

#include "data/array.h"
#include "data/closure.h"
#include "data/dict.h"
#include "data/enum.h"
#include "data/object.h"
#include "data/string.h"
#include "data/tuple.h"
#include "data/unique.h"
#include "gc/heap.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace simple::rt {
namespace {

class Printer {
public:
  explicit Printer(std::string &out) : out(out) {}

  /// Whether the output reached kMaxPrintedBytes (then "..." ends it).
  bool full() {
    if (out.size() - start < kMaxPrintedBytes) [[likely]]
      return false;
    if (!cut) {
      cut = true;
      out += "...";
    }
    return true;
  }

  void print(RtValue v, bool quoted) {
    if (full())
      return;
    switch (rt_tag_of(v)) {
    case RT_TAG_INT: {
      char buffer[24];
      auto result = std::to_chars(buffer, buffer + sizeof buffer, rt_decode_int(v));
      out.append(buffer, result.ptr);
      return;
    }
    case RT_TAG_FLOAT:
      appendFloat(out, v);
      return;
    case RT_TAG_SPECIAL:
      if (v == RT_NIL)
        out += "nil";
      else if (v == RT_TRUE)
        out += "true";
      else if (v == RT_FALSE)
        out += "false";
      else
        appendTagged("symbol", v >> 3);
      return;
    default:
      printObject(trustedObject(v), quoted);
    }
  }

private:
  void appendTagged(const char *kind, uint64_t number) {
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out += '<';
    out += kind;
    out += '#';
    out.append(buffer, result.ptr);
    out += '>';
  }

  void appendQuoted(std::string_view bytes) {
    out += '"';
    for (unsigned char c : bytes) {
      switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          static const char digits[] = "0123456789abcdef";
          out += "\\x";
          out += digits[c >> 4];
          out += digits[c & 15];
        } else {
          out += static_cast<char>(c);
        }
      }
    }
    out += '"';
  }

  /// Whether the container is already being printed (a cycle) or the
  /// nesting is too deep; prints the marker then.
  bool enterContainer(ObjectHeader *object, const char *marker) {
    if (path.size() >= static_cast<size_t>(kMaxPrintDepth)) {
      out += marker;
      return false;
    }
    for (ObjectHeader *open : path) {
      if (open == object) {
        out += marker;
        return false;
      }
    }
    path.push_back(object);
    return true;
  }

  void printItems(const RtValue *items, size_t count) {
    for (size_t i = 0; i < count && !full(); ++i) {
      if (i)
        out += ", ";
      print(loadShared(&items[i]), true); // a tuple's items may change meanwhile
    }
  }

  void printObject(ObjectHeader *object, bool quoted) {
    switch (object->kind) {
    case Kind::String: {
      auto *s = reinterpret_cast<String *>(object);
      if (quoted)
        appendQuoted(s->view());
      else
        out += s->view();
      return;
    }
    case Kind::Array: {
      auto *array = reinterpret_cast<Array *>(object);
      if (!enterContainer(object, "[...]"))
        return;
      // A copy taken at one moment: other threads may change the array
      // while it prints (its items stay alive through the copy).
      ArraySnapshot snapshot = snapshotArray(array);
      out += '[';
      printItems(snapshot.items, snapshot.count);
      out += ']';
      path.pop_back();
      return;
    }
    case Kind::Tuple: {
      auto *tuple = reinterpret_cast<Tuple *>(object);
      if (!enterContainer(object, "(...)"))
        return;
      out += '(';
      printItems(tuple->items(), tuple->length());
      out += ')';
      path.pop_back();
      return;
    }
    case Kind::Dict: {
      auto *dict = reinterpret_cast<Dict *>(object);
      if (!enterContainer(object, "{...}"))
        return;
      // A copy taken at one moment, as for arrays.
      DictSnapshot snapshot = snapshotDict(dict);
      out += '{';
      for (size_t i = 0; i < snapshot.count && !full(); ++i) {
        if (i)
          out += ", ";
        print(snapshot.entries[2 * i], true);
        out += ": ";
        print(snapshot.entries[2 * i + 1], true);
      }
      out += '}';
      path.pop_back();
      return;
    }
    case Kind::Object:
      appendTagged("object", reinterpret_cast<Object *>(object)->serial);
      return;
    case Kind::Closure:
      appendTagged("closure", reinterpret_cast<Closure *>(object)->serial);
      return;
    case Kind::Enum:
      appendTagged("enum", reinterpret_cast<EnumValue *>(object)->serial);
      return;
    case Kind::Unique:
      appendTagged("unique", reinterpret_cast<Unique *>(object)->serial);
      return;
    default:
      out += '<';
      out += kindName(object->kind);
      out += '>';
    }
  }

  std::string &out;
  size_t start = out.size();
  bool cut = false;
  std::vector<ObjectHeader *> path;
};

/// Whether the decimal text reads back to a double with the encoding v.
bool readsBackTo(const char *begin, const char *end, RtValue v, double &parsed) {
  auto result = std::from_chars(begin, end, parsed);
  return result.ec == std::errc() && rt_encode_float(parsed) == v;
}

} // namespace

void appendFloat(std::string &out, RtValue v) {
  double value = rt_decode_float(v);
  char buffer[64];
  char *end;
  if (!std::isfinite(value)) {
    end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
    return;
  }
  // Every double whose top 61 bits equal v's encodes to v. Find the fewest
  // significant digits at which rounding the lowest such double (the decoded
  // value; this keeps 0.0 as 0) or the middle one reads back to v, then
  // print that double shortest-round-trip (it needs at most that many).
  // The 3 dropped mantissa bits are where the tag is: the middle has 100.
  uint64_t middleBits = (v & ~uint64_t(RT_TAG_MASK)) | 4;
  double middle;
  std::memcpy(&middle, &middleBits, sizeof middle);
  double shortest = value;
  bool found = false;
  for (int precision = 0; precision < 17 && !found; ++precision) {
    for (double candidate : {value, middle}) {
      end = std::to_chars(buffer, buffer + sizeof buffer, candidate, std::chars_format::scientific,
                          precision)
                .ptr;
      if (readsBackTo(buffer, end, v, shortest)) {
        found = true;
        break;
      }
    }
  }
  if (!found)
    shortest = value;
  end = std::to_chars(buffer, buffer + sizeof buffer, shortest).ptr;
  out.append(buffer, end);
  if (!std::memchr(buffer, '.', end - buffer) && !std::memchr(buffer, 'e', end - buffer))
    out += ".0";
}

bool appendPrinted(std::string &out, RtValue v) {
  if (rt_tag_of(v) > RT_TAG_SPECIAL || (rt_is_heap(v) && !isValue(v))) {
    out += "<invalid>";
    return false;
  }
  Printer(out).print(v, false);
  return true;
}

} // namespace simple::rt
