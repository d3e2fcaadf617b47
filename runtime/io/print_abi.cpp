// rt_print*, rt_eprint*, rt_to_string: printing at the ABI.
#include "data/string.h"
#include "error/checks.h"
#include "io/format.h"
#include "io/output.h"

#include <simple/runtime.h>

#include <cinttypes>
#include <string>

using namespace simple::rt;

namespace {

void printValue(std::FILE *stream, RtValue v, bool newline, const char *function) noexcept {
  try {
    std::string text;
    if (!appendPrinted(text, v))
      reportBadValue(v, function, "value");
    if (newline)
      text += '\n';
    writeOutput(stream, text);
  } catch (...) {
    reportOutOfMemory(function);
  }
}

void printBytes(std::FILE *stream, const char *data, int64_t len, bool newline,
                const char *function) noexcept {
  if (len < 0 || (len > 0 && !data)) {
    recordError(RT_ERROR_BAD_ARGUMENT, function, "cannot print %" PRId64 " bytes at %p", len,
                static_cast<const void *>(data));
    return;
  }
  if (!newline) {
    writeOutput(stream, std::string_view(data, static_cast<size_t>(len)));
    return;
  }
  try {
    std::string text(data, static_cast<size_t>(len));
    text += '\n';
    writeOutput(stream, text);
  } catch (...) {
    reportOutOfMemory(function);
  }
}

} // namespace

extern "C" {

void rt_print_value(RtValue v) noexcept { printValue(stdout, v, false, "rt_print_value"); }
void rt_println_value(RtValue v) noexcept { printValue(stdout, v, true, "rt_println_value"); }
void rt_eprint_value(RtValue v) noexcept { printValue(stderr, v, false, "rt_eprint_value"); }
void rt_eprintln_value(RtValue v) noexcept { printValue(stderr, v, true, "rt_eprintln_value"); }

void rt_print_str(const char *data, int64_t len) noexcept {
  printBytes(stdout, data, len, false, "rt_print_str");
}
void rt_println_str(const char *data, int64_t len) noexcept {
  printBytes(stdout, data, len, true, "rt_println_str");
}
void rt_eprint_str(const char *data, int64_t len) noexcept {
  printBytes(stderr, data, len, false, "rt_eprint_str");
}
void rt_eprintln_str(const char *data, int64_t len) noexcept {
  printBytes(stderr, data, len, true, "rt_eprintln_str");
}

RtValue rt_to_string(RtValue v) noexcept {
  if (!expectValue(v, "rt_to_string", "value"))
    return RT_NIL;
  if (objectAs<String>(v))
    return v;
  try {
    std::string text;
    appendPrinted(text, v);
    RtValue s = newStringValue(text);
    if (s == RT_NIL)
      reportOutOfMemory("rt_to_string");
    return s;
  } catch (...) {
    reportOutOfMemory("rt_to_string");
    return RT_NIL;
  }
}

} // extern "C"
