// A host of the runtime alone (SimpleJit::runtime, no JIT, no LLVM), built
// against the installed package only.
//
//   runtime-only-host N1 N2 ...
//
// Builds an array of the arguments, prints its length and sum, then reads past
// its end and prints whether the runtime recorded RT_ERROR_OUT_OF_RANGE.
#include <simple/error_codes.h>
#include <simple/runtime.h>
#include <simple/runtime_host.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>

int main(int argc, char **argv) {
  simple::rt::initialize();
  RtValue numbers = rt_array_new(0);
  for (int i = 1; i < argc; ++i)
    rt_array_push(numbers, rt_value_int(std::strtoll(argv[i], nullptr, 10)));
  int64_t length = rt_array_len(numbers);
  int64_t sum = 0;
  for (int64_t i = 0; i < length; ++i)
    sum += rt_value_as_int(rt_array_get(numbers, i));
  std::cout << "length: " << length << "\n";
  std::cout << "sum: " << sum << "\n";

  rt_error_clear();
  RtValue past = rt_array_get(numbers, length);
  bool recorded = past == RT_NIL && rt_error_code() == RT_ERROR_OUT_OF_RANGE;
  std::cout << "reading past the end records RT_ERROR_OUT_OF_RANGE: " << (recorded ? "yes" : "no")
            << "\n";
  return 0;
}
