; Test that a module may not define a function the runtime provides.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: error: {{.*}}: 'rt_value_nil' is a runtime function; a module may declare it but not define it
; CHECK-NEXT: exit=65
define i64 @rt_value_nil() {
  ret i64 0
}
define i32 @main() {
  ret i32 0
}
