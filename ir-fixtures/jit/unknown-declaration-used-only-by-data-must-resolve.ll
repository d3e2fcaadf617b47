; Test that a declaration referenced only from data (a global's initialiser) is a reference: it must resolve, and the undefined-symbol report names the global that uses it.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: undefined symbol 'helper_nobody_defines'
; CHECK-SAME: global @table
; CHECK: exit=67
declare i64 @helper_nobody_defines(i64)
@table = global [1 x ptr] [ptr @helper_nobody_defines]
define i32 @main() {
  ret i32 0
}
