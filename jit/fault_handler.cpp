#include <simple/jit/fault_handler.h>

#include "code_map.h"

#include <execinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace simple::jit {
namespace {

const char *gToolName = "simple-jit";
constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};

// write(2) wrappers: the handler may run on a corrupted heap, so it formats
// into a stack buffer and never calls malloc.
struct LineBuffer {
  char text[512];
  size_t length = 0;
  void add(const char *piece) {
    while (*piece && length + 1 < sizeof text)
      text[length++] = *piece++;
  }
  void addHex(uintptr_t value) {
    char digits[19] = "0x";
    int count = 0;
    char reversed[16];
    do {
      reversed[count++] = "0123456789abcdef"[value & 0xf];
      value >>= 4;
    } while (value && count < 16);
    for (int i = 0; i < count; ++i)
      digits[2 + i] = reversed[count - 1 - i];
    digits[2 + count] = '\0';
    add(digits);
  }
  void addDecimal(int value) {
    char digits[12];
    int count = 0;
    do {
      digits[count++] = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value && count < 11);
    char ordered[12];
    for (int i = 0; i < count; ++i)
      ordered[i] = digits[count - 1 - i];
    ordered[count] = '\0';
    add(ordered);
  }
  void flush() { (void)!write(STDERR_FILENO, text, length); }
};

uintptr_t faultingPc(void *context) {
#if defined(__x86_64__)
  return static_cast<uintptr_t>(static_cast<ucontext_t *>(context)->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  return static_cast<uintptr_t>(static_cast<ucontext_t *>(context)->uc_mcontext.pc);
#else
  return 0;
#endif
}

void onFatalSignal(int signal, siginfo_t *info, void *context) {
  char name[256];
  uintptr_t offset = 0;
  uintptr_t pc = faultingPc(context);
  bool inJitCode = pc && findJitFunction(pc, name, sizeof name, &offset);

  LineBuffer line;
  line.add(gToolName);
  line.add(": fatal signal ");
  line.add(sigabbrev_np(signal) ? "SIG" : "");
  line.add(sigabbrev_np(signal) ? sigabbrev_np(signal) : "?");
  line.add(" (");
  line.add(sigdescr_np(signal) ? sigdescr_np(signal) : "unknown");
  line.add(")");
  if (inJitCode) {
    // Buffered program output is worth saving; stdio is not in the middle of
    // anything because the fault is in JIT'd code.
    fflush(stdout);
    line.add(" in JIT-compiled function '");
    line.add(name);
    line.add("' at offset ");
    line.addHex(offset);
  } else {
    // Outside JIT'd code (the runtime, libc, ...): name the nearest JIT'd
    // caller from the return addresses on the stack.
    void *frames[64];
    int count = backtrace(frames, 64);
    bool found = false;
    for (int i = 0; i < count && !found; ++i) {
      uintptr_t address = reinterpret_cast<uintptr_t>(frames[i]) - 1;
      found = findJitFunction(address, name, sizeof name, &offset);
    }
    if (found) {
      line.add(" outside JIT-compiled code, called from JIT-compiled function '");
      line.add(name);
      line.add("'");
    } else if (pc) {
      line.add(" at ");
      line.addHex(pc);
      line.add(" (not in JIT-compiled code)");
    }
  }
  if ((signal == SIGSEGV || signal == SIGBUS) && info) {
    line.add(", accessing address ");
    line.addHex(reinterpret_cast<uintptr_t>(info->si_addr));
  }
  line.add("\n");
  line.flush();
  _exit(128 + signal);
}

} // namespace

void installFaultHandler(const char *toolName) {
  static bool installed = false;
  if (installed)
    return;
  installed = true;
  gToolName = toolName;

  // An alternate stack lets the handler run after a stack overflow.
  static constexpr size_t kAltStackSize = 64 * 1024;
  stack_t altStack{};
  altStack.ss_sp = std::malloc(kAltStackSize);
  altStack.ss_size = kAltStackSize;
  if (altStack.ss_sp)
    sigaltstack(&altStack, nullptr);

  struct sigaction action {};
  action.sa_sigaction = onFatalSignal;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (int signal : kFatalSignals)
    sigaction(signal, &action, nullptr);
  // backtrace() loads libgcc's unwinder on first use; do it now, not in the
  // handler.
  void *warmUp[1];
  backtrace(warmUp, 1);
}

} // namespace simple::jit
