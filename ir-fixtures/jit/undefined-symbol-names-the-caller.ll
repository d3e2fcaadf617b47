; Test that an undefined symbol is named with the functions that use it and a --load hint, exit code 67.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: error: {{.*}}: undefined symbol 'compute_answer', used by helper, main (if it is defined in a shared library, pass --load=LIB.so)
; CHECK-NEXT: exit=67
declare i32 @compute_answer()
define i32 @helper() {
  %r = call i32 @compute_answer()
  ret i32 %r
}
define i32 @main() {
  %a = call i32 @compute_answer()
  %b = call i32 @helper()
  %r = add i32 %a, %b
  ret i32 %r
}
