// An embedder of Simple JIT, built against the installed package only.
//
//   embedder K N1 N2 ...
//
// The host builds an array of N1 N2 ... with the runtime's C functions; a
// JIT-compiled function sums it. A second JIT-compiled function builds the
// array of the squares 0, 1, 4, ..., (K-1)^2 itself (rt_array_new,
// rt_array_push) and sums that with the first. Prints both sums.
#include <simple/jit/engine.h>
#include <simple/runtime.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

// Declared exactly as the runtime ABI table has them (i64 for values).
constexpr const char *kModule = R"IR(
declare i64 @rt_array_new(i64)
declare i64 @rt_array_len(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_value_int(i64)
declare i64 @rt_value_as_int(i64)

define i64 @sum_array(i64 %array) {
entry:
  %len = call i64 @rt_array_len(i64 %array)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %body ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %body ]
  %more = icmp slt i64 %i, %len
  br i1 %more, label %body, label %done
body:
  %value = call i64 @rt_array_get(i64 %array, i64 %i)
  %n = call i64 @rt_value_as_int(i64 %value)
  %acc.next = add i64 %acc, %n
  %next = add i64 %i, 1
  br label %loop
done:
  ret i64 %acc
}

define i64 @sum_of_squares_below(i64 %k) {
entry:
  %array = call i64 @rt_array_new(i64 0)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %pushed ]
  %more = icmp slt i64 %i, %k
  br i1 %more, label %body, label %done
body:
  %square = mul i64 %i, %i
  %value = call i64 @rt_value_int(i64 %square)
  %ok = call i64 @rt_array_push(i64 %array, i64 %value)
  %failed = icmp eq i64 %ok, 0
  br i1 %failed, label %fail, label %pushed
pushed:
  %next = add i64 %i, 1
  br label %loop
fail:
  ret i64 -1
done:
  %sum = call i64 @sum_array(i64 %array)
  ret i64 %sum
}
)IR";

int fail(const std::string &what, const simple::jit::Error &error) {
  std::cerr << "embedder: " << what << ": " << error.message() << "\n";
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::cerr << "usage: embedder K N1 N2 ...\n";
    return 64;
  }
  auto engine = simple::jit::Engine::create({});
  if (!engine)
    return fail("create", engine.error());
  auto module = (*engine)->addModuleFromMemory(kModule, "embedded.ll");
  if (!module)
    return fail("addModuleFromMemory", module.error());
  auto sumArray = (*engine)->lookupFunction<int64_t(RtValue)>("sum_array");
  if (!sumArray)
    return fail("lookup sum_array", sumArray.error());
  auto sumOfSquaresBelow = (*engine)->lookupFunction<int64_t(int64_t)>("sum_of_squares_below");
  if (!sumOfSquaresBelow)
    return fail("lookup sum_of_squares_below", sumOfSquaresBelow.error());

  // The array lives in a local: the collector scans this thread's stack.
  RtValue numbers = rt_array_new(argc - 2);
  for (int i = 2; i < argc; ++i) {
    if (!rt_array_push(numbers, rt_value_int(std::strtoll(argv[i], nullptr, 10)))) {
      std::cerr << "embedder: rt_array_push failed (error " << rt_error_code() << ")\n";
      return 1;
    }
  }
  std::cout << "sum of arguments: " << (*sumArray)(numbers) << "\n";
  std::cout << "sum of squares below " << argv[1] << ": "
            << (*sumOfSquaresBelow)(std::strtoll(argv[1], nullptr, 10)) << "\n";
  return 0;
}
