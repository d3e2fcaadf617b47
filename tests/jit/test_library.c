// A shared library whose function JIT'd code may call when the engine is
// given the library (EngineOptions::libraries, simple-jit --load).
#include <stdint.h>

int64_t simple_test_library_triple(int64_t x) { return 3 * x; }
