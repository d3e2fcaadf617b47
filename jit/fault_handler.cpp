#include <simple/jit/fault_handler.h>

#include "code_map.h"

#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <new>

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

// Where a fault inside backtrace() returns to. libgcc's unwinder reads the
// code at each frame's pc to recognise signal frames, so a frame whose pc is
// garbage (a jump to address 1, a return into a smashed slot) faults again in
// the handler, which would end the process with no report.
sigjmp_buf gUnwindEscape;

void escapeFromUnwinder(int) { siglongjmp(gUnwindEscape, 1); }

// backtrace() that survives a fault while unwinding: it returns the frames
// found before the fault. The fatal handlers are SA_NODEFER, so a nested
// SIGSEGV/SIGBUS is delivered here (on the alternate stack we are already
// on); locks the unwinder held stay held, which is harmless because the
// process only reports and _exits afterwards.
int backtraceSurvivingFaults(void **frames, int capacity) {
  for (int i = 0; i < capacity; ++i)
    frames[i] = nullptr;
  struct sigaction escape {
  }, previousSegv{}, previousBus{};
  escape.sa_handler = escapeFromUnwinder;
  escape.sa_flags = SA_ONSTACK | SA_NODEFER;
  sigemptyset(&escape.sa_mask);
  sigaction(SIGSEGV, &escape, &previousSegv);
  sigaction(SIGBUS, &escape, &previousBus);
  int count = 0;
  if (sigsetjmp(gUnwindEscape, 1) == 0) {
    count = backtrace(frames, capacity);
  } else {
    // backtrace() fills the array frame by frame: keep what it found.
    while (count < capacity && frames[count])
      ++count;
  }
  sigaction(SIGSEGV, &previousSegv, nullptr);
  sigaction(SIGBUS, &previousBus, nullptr);
  return count;
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
    int count = backtraceSurvivingFaults(frames, 64);
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

namespace {

constexpr size_t kAltStackSize = 64 * 1024;
constexpr size_t kGuardSize = 4096;

// Alternate stacks of threads (the main thread's included): a pthread key
// whose value is the thread's mapping (guard page first). Key destructors run
// after the thread's thread_local destructors, so the stack stays in place
// for as long as the thread runs any code of its own.
pthread_key_t gAltStackKey;
pthread_once_t gAltStackKeyOnce = PTHREAD_ONCE_INIT;

void releaseAltStack(void *mapping) {
  stack_t disable{};
  disable.ss_flags = SS_DISABLE;
  sigaltstack(&disable, nullptr);
  munmap(mapping, kGuardSize + kAltStackSize);
}

void createAltStackKey() { pthread_key_create(&gAltStackKey, releaseAltStack); }

using PthreadCreate = int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

// libc's pthread_create, found past this object (or, failing that, in libc
// itself): the simple-jit tool defines its own pthread_create (forwarding
// here), so a direct call or a default lookup could come back to it.
PthreadCreate realPthreadCreate() {
  static PthreadCreate real = [] {
    if (void *next = dlsym(RTLD_NEXT, "pthread_create"))
      return reinterpret_cast<PthreadCreate>(next);
    void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
    return libc ? reinterpret_cast<PthreadCreate>(dlsym(libc, "pthread_create")) : nullptr;
  }();
  return real;
}

struct ThreadStart {
  void *(*start)(void *);
  void *argument;
};

void *startWithAltStack(void *record) {
  ThreadStart start = *static_cast<ThreadStart *>(record);
  delete static_cast<ThreadStart *>(record);
  installAltStackForThisThread();
  return start.start(start.argument);
}

} // namespace

bool installAltStackForThisThread() {
  stack_t current{};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE))
    return true; // the thread has one already
  pthread_once(&gAltStackKeyOnce, createAltStackKey);
  void *mapping = mmap(nullptr, kGuardSize + kAltStackSize, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mapping == MAP_FAILED)
    return false;
  // An overflow of the handler itself hits the guard page instead of memory
  // below the mapping.
  mprotect(mapping, kGuardSize, PROT_NONE);
  stack_t altStack{};
  altStack.ss_sp = static_cast<char *>(mapping) + kGuardSize;
  altStack.ss_size = kAltStackSize;
  if (sigaltstack(&altStack, nullptr) != 0) {
    munmap(mapping, kGuardSize + kAltStackSize);
    return false;
  }
  pthread_setspecific(gAltStackKey, mapping);
  return true;
}

int createThreadWithAltStack(pthread_t *thread, const pthread_attr_t *attributes,
                             void *(*start)(void *), void *argument) {
  PthreadCreate real = realPthreadCreate();
  if (!real)
    return EAGAIN;
  auto *record = new (std::nothrow) ThreadStart{start, argument};
  if (!record)
    return EAGAIN;
  int result = real(thread, attributes, startWithAltStack, record);
  if (result != 0)
    delete record;
  return result;
}

int createC11ThreadWithAltStack(thrd_t *thread, thrd_start_t start, void *argument) {
  // As glibc's thrd_create: the int-returning start routine runs as a
  // pthread start routine, and thrd_join reads its result back as an int.
  int result = createThreadWithAltStack(
      reinterpret_cast<pthread_t *>(thread), nullptr,
      reinterpret_cast<void *(*)(void *)>(reinterpret_cast<void (*)()>(start)), argument);
  if (result == 0)
    return thrd_success;
  return result == ENOMEM ? thrd_nomem : thrd_error;
}

void installFaultHandler(const char *toolName) {
  static bool installed = false;
  if (installed)
    return;
  installed = true;
  gToolName = toolName;

  // An alternate stack lets the handler run after a stack overflow. Other
  // threads get theirs from createThreadWithAltStack.
  installAltStackForThisThread();

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
