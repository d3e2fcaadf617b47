; Test that --extra-module adds a module whose functions the main module calls.
; RUN: sh -c '%simple-jit --extra-module=%inputs/extra-module-helper.ll %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=MISSING
; CHECK: exit=42
; MISSING: undefined symbol 'helper', used by main
; MISSING: exit=67
declare i32 @helper(i32)
define i32 @main() {
  %r = call i32 @helper(i32 21)
  ret i32 %r
}
