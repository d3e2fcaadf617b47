; Test that -O0 to -O3 all run the program to the same result.
; RUN: sh -c '%simple-jit -O0 %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O1 %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O2 %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O3 %s; echo "exit=$?"' | FileCheck %s
; CHECK: exit=55
define i32 @fib(i32 %n) {
  %small = icmp slt i32 %n, 2
  br i1 %small, label %base, label %recurse
base:
  ret i32 %n
recurse:
  %a = sub i32 %n, 1
  %b = sub i32 %n, 2
  %fa = call i32 @fib(i32 %a)
  %fb = call i32 @fib(i32 %b)
  %sum = add i32 %fa, %fb
  ret i32 %sum
}
define i32 @main() {
  %r = call i32 @fib(i32 10)
  ret i32 %r
}
