; Test that a call to a garbage address from JIT code ends with the fatal-signal report and exit code 128+11, not a silent death (unwinding from the bad pc must not fault the handler), eagerly and under --lazy at -O1.
; RUN: sh -c '%simple-jit -O0 %s 2> %t.err; echo "exit=$?" > %t.out'
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=EXIT < %t.out
; RUN: sh -c '%simple-jit --lazy -O1 %s 2> %t.lazy.err; echo "exit=$?" > %t.lazy.out'
; RUN: FileCheck %s < %t.lazy.err
; RUN: FileCheck %s --check-prefix=EXIT < %t.lazy.out
; CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) at 0x1 (not in JIT-compiled code), accessing address 0x1
; EXIT: exit=139
@target = global i64 1
define i32 @call_through(ptr %target_slot) noinline {
  %bits = load volatile i64, ptr %target_slot
  %function = inttoptr i64 %bits to ptr
  %result = call i32 %function()
  ret i32 %result
}
define i32 @main() {
  %result = call i32 @call_through(ptr @target)
  ret i32 %result
}
