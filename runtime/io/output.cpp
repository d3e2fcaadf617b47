#include "io/output.h"

#include <simple/runtime_host.h>

namespace simple::rt {

void writeOutput(std::FILE *stream, std::string_view text) noexcept {
  if (!text.empty())
    std::fwrite(text.data(), 1, text.size(), stream);
}

void flushOutput() {
  std::fflush(stdout);
  std::fflush(stderr);
}

} // namespace simple::rt
