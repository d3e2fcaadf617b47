#include "jitdump.h"

#include <fcntl.h>
#include <glob.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace simple::jit {

void repairJitdumpHeader() {
  const char *base = std::getenv("JITDUMPDIR");
  if (!base)
    base = std::getenv("HOME");
  if (!base)
    return;
  std::string pattern =
      std::string(base) + "/.debug/jit/*/jit-" + std::to_string(getpid()) + ".dump";
  glob_t matches{};
  if (glob(pattern.c_str(), 0, nullptr, &matches) == 0) {
    for (size_t i = 0; i < matches.gl_pathc; ++i) {
      int fd = open(matches.gl_pathv[i], O_RDWR);
      if (fd < 0)
        continue;
      // Header: magic, version, total_size, elf_mach, pad1, pid (u32 each),
      // timestamp (u64), flags (u64) at offset 32.
      uint64_t flags = 0;
      if (pread(fd, &flags, sizeof flags, 32) == sizeof flags && flags != 0) {
        uint64_t zero = 0;
        (void)!pwrite(fd, &zero, sizeof zero, 32);
      }
      close(fd);
    }
  }
  globfree(&matches);
}

} // namespace simple::jit
