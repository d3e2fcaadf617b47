; Test that with --debug gdb resolves a breakpoint on a JIT'd function and shows it in the backtrace.
; REQUIRES: gdb
; RUN: gdb -batch -nx -ex 'set breakpoint pending on' -ex 'break jit_target' -ex run -ex bt --args %simple-jit -O0 --debug %s 2>&1 | FileCheck %s
; CHECK: Breakpoint 1, {{.*}}jit_target
; CHECK: #0 {{.*}}jit_target
; CHECK: #1 {{.*}} in main
define i32 @jit_target(i32 %x) noinline {
  %y = add i32 %x, 1
  ret i32 %y
}
define i32 @main() {
  %r = call i32 @jit_target(i32 1)
  ret i32 %r
}
