; Test that unbounded recursion on a thread the program created is reported as one fault in the
; recursing function (the thread runs on an alternate signal stack), exit code 128+11.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O0 %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function 'recurse'
; CHECK-NOT: fatal signal
; CHECK: exit=139
; The recursive call goes through a pointer the optimiser cannot see, so no level turns it into a
; loop.
@self = global ptr @recurse
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)
define internal i64 @recurse(i64 %n) noinline {
  %buffer = alloca [64 x i64]
  %slot = getelementptr [64 x i64], ptr %buffer, i64 0, i64 1
  store volatile i64 %n, ptr %slot
  %next = add i64 %n, 1
  %callee = load volatile ptr, ptr @self
  %r = call i64 %callee(i64 %next)
  %s = add i64 %r, 1
  ret i64 %s
}
define internal ptr @worker(ptr %arg) {
  %r = call i64 @recurse(i64 0)
  %p = inttoptr i64 %r to ptr
  ret ptr %p
}
define i32 @main() {
  %thread = alloca i64
  call i32 @pthread_create(ptr %thread, ptr null, ptr @worker, ptr null)
  %t = load i64, ptr %thread
  call i32 @pthread_join(i64 %t, ptr null)
  ret i32 0
}
