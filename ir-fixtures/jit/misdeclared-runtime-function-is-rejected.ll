; Test that a runtime function declared with a type no adapter can bridge (a double where the runtime takes a value) is rejected before anything runs.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: error: {{.*}}: 'rt_println_value' is declared as 'void (double)' but the runtime defines 'void (i64)' (parameter 1 is 'double' where the runtime takes 'i64')
; CHECK-NEXT: exit=65
declare void @rt_println_value(double)
define i32 @main() {
  call void @rt_println_value(double 8.0)
  ret i32 0
}
