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
#include "gc/scanned_stack.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <new>

namespace simple::rt {
namespace {

/// Prints without recursion: the containers being printed are frames on an
/// explicit stack, so any nesting runs in constant C++ stack (a fiber's tens
/// of KiB). Entering a container copies its elements (dicts: key, value,
/// key, ...) onto a work list and prints from the copy. Both lists are
/// ScannedStacks: the collector sees every container and element while it
/// is pending, even one a concurrent writer has already dropped. The
/// printed form is the one recursion would give (format.h): cycles and
/// nesting past kMaxPrintDepth print as markers, the size cut closes the
/// open brackets.
class Printer {
public:
  explicit Printer(std::string &out) : out(out) {}

  /// Prints v (a string raw when !quoted); throws std::bad_alloc when the
  /// work lists cannot grow.
  void print(RtValue v, bool quoted) {
    printValue(v, quoted);
    while (!frames.empty())
      step();
  }

private:
  struct Frame {
    ObjectHeader *container; ///< also the cycle check's path
    size_t base;             ///< where its elements start on `pending`
    size_t count;            ///< how many (dicts: 2 per entry)
    size_t next;             ///< the next one to print
  };

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

  /// Prints the next element of the innermost open container, or closes it.
  void step() {
    Frame &frame = frames.back();
    bool dict = frame.container->kind == Kind::Dict;
    if (dict && frame.next % 2 == 1) { // the value of the entry whose key is out
      out += ": ";
      printValue(pending[frame.base + frame.next++], true);
      return;
    }
    if (frame.next < frame.count && !full()) {
      if (frame.next)
        out += ", ";
      // May push a frame, which invalidates `frame`: the last use is here.
      printValue(pending[frame.base + frame.next++], true);
      return;
    }
    out += closer(frame.container->kind);
    pending.truncate(frame.base);
    frames.pop();
  }

  static char closer(Kind kind) {
    return kind == Kind::Array ? ']' : kind == Kind::Tuple ? ')' : '}';
  }

  void printValue(RtValue v, bool quoted) {
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

  void pend(RtValue v) {
    if (!pending.push(v))
      throw std::bad_alloc();
  }

  /// Opens a container: the marker instead when it is already being printed
  /// (a cycle) or the nesting is too deep; else the opening bracket, its
  /// elements copied to `pending` and a frame.
  void enterContainer(ObjectHeader *object, char opener, const char *marker) {
    bool open = frames.size() < static_cast<size_t>(kMaxPrintDepth);
    for (size_t i = 0; open && i < frames.size(); ++i)
      open = frames[i].container != object;
    if (!open) {
      out += marker;
      return;
    }
    size_t base = pending.size();
    // Other threads may change the container while it prints: arrays and
    // dicts are copied at one moment (their snapshots), a tuple's items are
    // read one atomic word at a time.
    switch (object->kind) {
    case Kind::Array: {
      ArraySnapshot snapshot = snapshotArray(reinterpret_cast<Array *>(object));
      if (snapshot.outOfMemory)
        throw std::bad_alloc();
      for (size_t i = 0; i < snapshot.count; ++i)
        pend(snapshot.items[i]);
      break;
    }
    case Kind::Tuple: {
      auto *tuple = reinterpret_cast<Tuple *>(object);
      for (size_t i = 0; i < tuple->length(); ++i)
        pend(loadShared(&tuple->items()[i]));
      break;
    }
    default: {
      DictSnapshot snapshot = snapshotDict(reinterpret_cast<Dict *>(object));
      if (snapshot.outOfMemory)
        throw std::bad_alloc();
      for (size_t i = 0; i < 2 * snapshot.count; ++i)
        pend(snapshot.entries[i]);
    }
    }
    if (!frames.push(Frame{object, base, pending.size() - base, 0}))
      throw std::bad_alloc();
    out += opener;
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
    case Kind::Array:
      enterContainer(object, '[', "[...]");
      return;
    case Kind::Tuple:
      enterContainer(object, '(', "(...)");
      return;
    case Kind::Dict:
      enterContainer(object, '{', "{...}");
      return;
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
  ScannedStack<Frame, 16> frames;
  ScannedStack<RtValue, 64> pending;
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
