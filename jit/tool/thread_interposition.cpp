// simple-jit's own pthread_create, interposing libc's for the whole process:
// every thread started in it (by JIT'd code, std::thread in JIT'd C++, the
// collector's marker threads, the runtime) begins on an alternate signal
// stack, so a stack overflow on it is reported like one on the main thread.
//
// The executable's definition wins because the dynamic linker searches the
// executable first, and ld exports it (libc, libstdc++ and libgc reference
// the name). createThreadWithAltStack reaches libc's definition with
// dlsym(RTLD_NEXT), never this one.
#include <simple/jit/fault_handler.h>

#include <pthread.h>

extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attributes,
                              void *(*start)(void *), void *argument) noexcept {
  return simple::jit::createThreadWithAltStack(thread, attributes, start, argument);
}
