; Test that a .bc file runs like its .ll source.
; RUN: llvm-as %s -o %t.bc
; RUN: sh -c '%simple-jit %t.bc; echo "exit=$?"' | FileCheck %s
; CHECK: exit=9
define i32 @main() {
  ret i32 9
}
