; Test that unbounded recursion is reported as a fault in the recursing function, not a bare crash.
; RUN: sh -c '%simple-jit -O0 %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function 'recurse'
; CHECK: exit=139
define i64 @recurse(i64 %n) {
  %buffer = alloca [64 x i64]
  %slot = getelementptr [64 x i64], ptr %buffer, i64 0, i64 1
  store volatile i64 %n, ptr %slot
  %next = add i64 %n, 1
  %r = call i64 @recurse(i64 %next)
  %s = add i64 %r, 1
  ret i64 %s
}
define i32 @main() {
  %r = call i64 @recurse(i64 0)
  %t = trunc i64 %r to i32
  ret i32 %t
}
