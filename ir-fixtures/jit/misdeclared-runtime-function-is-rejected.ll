; Test that a runtime function declared with the wrong type is rejected before anything runs.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: error: {{.*}}: 'rt_println_value' is declared as 'void (i32)' but the runtime defines 'void (i64)'
; CHECK-NEXT: exit=65
declare void @rt_println_value(i32)
define i32 @main() {
  call void @rt_println_value(i32 8)
  ret i32 0
}
