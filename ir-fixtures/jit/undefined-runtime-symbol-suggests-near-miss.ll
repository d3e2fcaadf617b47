; Test that a misspelt runtime function is undefined with a did-you-mean hint.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: undefined symbol 'rt_prinln_value', used by main (did you mean 'rt_println_value'?)
; CHECK-NEXT: exit=67
declare void @rt_prinln_value(i64)
define i32 @main() {
  call void @rt_prinln_value(i64 8)
  ret i32 0
}
