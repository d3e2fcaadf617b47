; Test that --entry runs another function instead of main, and that an empty name is a usage error.
; RUN: sh -c '%simple-jit --entry=start %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --entry start %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --entry= %s 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=EMPTY
; CHECK: exit=5
; EMPTY: simple-jit: error: the entry function name cannot be empty
; EMPTY: exit=64
define i32 @start() {
  ret i32 5
}
define i32 @main() {
  ret i32 1
}
