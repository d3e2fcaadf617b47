; Test that a fault in library code called from JIT code names the JIT'd caller.
; RUN: sh -c '%simple-jit -O0 %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) outside JIT-compiled code, called from JIT-compiled function 'measure'
; CHECK: exit=139
declare i64 @strlen(ptr)
define i64 @measure(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  ret i64 %n
}
define i32 @main() {
  %n = call i64 @measure(ptr inttoptr (i64 16 to ptr))
  %t = trunc i64 %n to i32
  ret i32 %t
}
